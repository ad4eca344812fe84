package dev.extract.actors;

import dev.extract.lang.Coded;

/**
 * What a short structural word does for the name finder, as written in the role column of
 * {@code lang/en/actors/cue_words.tsv}. A word may have several roles (one row each).
 */
enum CueRole implements Coded {
    /** Second half of "EADS-led", "Moscow-based": the first half is the name. */
    ATTRIBUTIVE("attributive"),
    /** "-based", "-born" after a name: the name is a place. */
    PLACE_ATTRIBUTIVE("place-attributive"),
    /** Abbreviations whose full stop belongs to the word ("Inc.", "Jr."). */
    DOTTED_ABBREVIATION("dotted-abbreviation"),
    /** Particles inside a person's name after a given name ("Ludwig van Beethoven"). */
    NAME_PARTICLE("name-particle"),
    /** Words before a month that make it a date, not a surname ("in May"); lower case. */
    DATE_PREPOSITION("date-preposition"),
    /** Words after "X's" that show the 's owns nothing ("Moody's, which", "Sainsbury's said"). */
    AFTER_BARE_OWNER("after-bare-owner"),
    /** Words that continue a name after an organisation or place head ("Ministry of Defence"). */
    NAME_CONNECTOR("name-connector"),
    /** Words before a capital that make it act as its state ("fight for Moscow"); lower case. */
    ACTING_AFTER("acting-after"),
    /** Words before a name in a credit line that make it the agency ("via Reuters", "AP/Reuters"); lower case. */
    AGENCY_LINK("agency-link"),
    /** Lower-case words a byline may hold between the writers' names. */
    BYLINE_GLUE("byline-glue"),
    /** The word that opens a byline ("By MARIA DELGADO"). */
    BYLINE_OPENER("byline-opener"),
    /** "v", "at" between two teams of a results row. */
    VERSUS("versus"),
    /** Lower-case words a results row may hold. */
    ROW_WORD("row-word"),
    /** Scorecard marks before a fielder's or bowler's name ("c Hussain b Mullally"). */
    SCORECARD_MARK("scorecard-mark"),
    /** Function words a heading line may hold in lower case ("Election Results of the Day"). */
    HEADING_GLUE("heading-glue"),
    /** Words before a city in a sports report that keep it a place, beside the place prepositions; lower case. */
    TEAM_PLACE_MARKER("team-place-marker"),
    /** What a company says of itself after a verb of saying ("Northrop said it was confident"); lower case. */
    SELF_REFERENCE("self-reference"),
    /** A word between an airline and a number ("Air France Flight 447"): the name ends before it. */
    SERVICE_NUMBER_WORD("service-number-word"),
    /** Prefixes that turn a name into a stance ("pro-Beijing", "anti-Mafia"); lower case, without the hyphen. */
    STANCE_PREFIX("stance-prefix"),
    /** The one-letter party codes of a US politician's party-and-state tag ("D-N.Y.", "R-Texas"). */
    /** What a side does in a match, right after a country's name ("Sweden defeated"); lower case. */
    SIDE_ACTION("side-action"),
    /** Words right before a country's name that make it the other side of a match ("faced Panama", "lost to"); lower case. */
    SIDE_OPPONENT("side-opponent"),
    /** People of a side after a country's name or possessive ("Tunisia's goalkeeper", "Panama coach"); lower case. */
    SIDE_MEMBER("side-member"),
    /** Spelled numbers that open no name ("Five Panamanian players") but may end one ("the Jackson Five"); as written. */
    SPELLED_NUMBER("spelled-number"),
    /** Words inside an organisation's name after which a known place is a mention of its own ("University of Texas"); as written. */
    NESTED_PLACE_MARKER("nested-place-marker"),
    /** Nouns of a kind of place before "of" and a name, which make it a place ("the town of Yeoncheon"); lower case. */
    PLACE_KIND("place-kind"),
    /** Words before an unknown name in a sports report that vote for a place, the venue ("at Edgbaston"); lower case. */
    VENUE_PREPOSITION("venue-preposition"),
    /** Compass words after a known place that name a part of it ("Kowloon East"); as written. */
    COMPASS_SUFFIX("compass-suffix");

    private final String code;

    CueRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
