package dev.extract.actors;

import dev.extract.lang.Coded;
import java.util.Arrays;

/**
 * What kind of place, organisation or group an actor is, as written in the gazetteers and in the output's
 * {@code subtype}. The last five members are weak evidence the resolver records while it weighs the mentions of
 * one actor; the gazetteers may not use them.
 */
public enum Subtype implements Coded {
    COUNTRY("country"), CITY("city"), REGION("region"), CONTINENT("continent"), FACILITY("facility"),
    GEOGRAPHIC("geographic"), UNION("union"), PLANET("planet"),
    COMPANY("company"), GOVERNMENT("government"), MEDIA("media"), MILITARY("military"), PARTY("party"),
    ORGANISATION("organisation"), INTERNATIONAL("international"), TEAM("team"),
    NATIONALITY("nationality"),
    /** Most mentions follow "in" or "near": a place, when nothing else speaks. */
    IN_PLACE("in-place"),
    /** A two-word name ending in a city ("Inter Milan"): a club named after its city. */
    CITY_NAMED("city-named"),
    /** Mentions followed by a verb of saying ("Tsang said"): a person, when nothing else speaks. */
    SPEAKER("speaker"),
    /** A city known only from the world list: the weakest evidence, below any organisation word. */
    WORLD_CITY("world-city"),
    /** A region known only from the world list. */
    WORLD_REGION("world-region");

    /** The members a gazetteer or word list may name. */
    static final Subtype[] WRITTEN = Arrays.copyOf(values(), NATIONALITY.ordinal() + 1);

    private final String code;

    Subtype(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A weak vote for a type, not a subtype of its own. */
    boolean isVote() {
        return this == IN_PLACE || this == CITY_NAMED || this == SPEAKER;
    }
}
