package dev.extract.claims;

import dev.extract.actors.Actor;
import dev.extract.actors.Mention;
import dev.extract.text.Document;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/** What the claim patterns ask of the actors: where a person's or organisation's name stands, and people's names. */
final class ActorLookups {
    private ActorLookups() {
    }

    /** True at a UTF-16 index inside a mention of a person or organisation (its last word's start is looked up). */
    static IntPredicate personOrOrganisationAt(Document doc, List<Actor> actors) {
        return lastWordAt(doc, actors, Set.of("PERSON", "ORGANIZATION"));
    }

    /**
     * The last words of the people's mentions, lower-cased ("cruz" of "Ted Cruz"): a title-case headline's names
     * are read by these, since the actors take a whole headline for one name.
     */
    static Set<String> personNames(List<Actor> actors) {
        Set<String> names = new HashSet<>();
        for (Actor a : actors) {
            if (a.type().equals("PERSON")) {
                for (Mention m : a.mentions()) {
                    names.add(m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static IntPredicate lastWordAt(Document doc, List<Actor> actors, Set<String> types) {
        Set<Integer> starts = new HashSet<>();
        for (Actor a : actors) {
            if (types.contains(a.type())) {
                for (Mention m : a.mentions()) {
                    int lastWord = m.text().lastIndexOf(' ') + 1;
                    starts.add(m.start() + m.text().codePointCount(0, lastWord));
                }
            }
        }
        return at -> starts.contains(doc.codePoint(at));
    }
}
