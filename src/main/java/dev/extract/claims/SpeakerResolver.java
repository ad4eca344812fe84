package dev.extract.claims;

import java.util.regex.Pattern;
import dev.extract.actors.Actor;
import dev.extract.actors.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links a speaker span to an actor of the same article: the actor with a mention overlapping the span (the
 * one nearest its end, where an English noun phrase has its head), else one whose name or mention reads the
 * same; a pronoun ("it", "he") or a description ("the company") to the nearest actor of a fitting type
 * mentioned before it. Offsets are code points, as in {@link Mention}.
 */
final class SpeakerResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpeakerResolver() {
    }

    /** The speaker with its {@code actor} and {@code resolution} filled in where an actor fits. */
    static Claim.Speaker resolve(String text, int start, int end, boolean pronoun, List<Actor> actors) {
        String lower = text.toLowerCase(Locale.ROOT);
        Lexicon lex = Lexicon.get();
        if (pronoun) {
            Set<String> types = lex.pronounTypes(lower);
            Actor a = overlapping(start, end, actors);
            if (a == null && types != null) {
                a = nearestBefore(start, types, actors);
            }
            return new Claim.Speaker(text, start, end, a == null ? null : a.id(), a == null ? null : "pronoun");
        }
        Actor best = overlapping(headFrom(text, start), headTo(text, start, end), actors);
        if (best != null) {
            return new Claim.Speaker(text, start, end, best.id(), "name");
        }
        if (headFrom(text, start) > start || headTo(text, start, end) < end) {
            return new Claim.Speaker(text, start, end, null, null); // "Morrison's lawyer": described, not Morrison
        }
        for (Actor a : actors) {
            if (a.name() != null && a.name().equalsIgnoreCase(text)
                    || a.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(text))) {
                return new Claim.Speaker(text, start, end, a.id(), "name");
            }
        }
        String[] words = SPACES.split(lower);
        if (words.length == 2 && words[0].equals("the") && lex.descriptionTypes(words[1]) != null) {
            Actor a = nearestBefore(start, lex.descriptionTypes(words[1]), actors);
            if (a != null) {
                return new Claim.Speaker(text, start, end, a.id(), "description");
            }
        }
        return new Claim.Speaker(text, start, end, null, null);
    }

    /**
     * Where the head of a speaker phrase may start: after its last possessive ("Morrison's lawyer" is not
     * Morrison). Code points, like {@code start}; the speaker texts here hold no surrogate pairs before a "'s".
     */
    private static int headFrom(String text, int start) {
        int p = Math.max(text.lastIndexOf("'s "), text.lastIndexOf("\u2019s "));
        return p < 0 ? start : start + text.codePointCount(0, p + 3);
    }

    /** Where the head ends: before a prepositional complement ("A spokesman for the campaign" is not the campaign). */
    private static int headTo(String text, int start, int end) {
        int best = text.length();
        for (String prep : HEAD_PREPS) {
            int p = text.indexOf(prep);
            if (p >= 0 && p < best) {
                best = p;
            }
        }
        return best == text.length() ? end : start + text.codePointCount(0, best);
    }

    private static final List<String> HEAD_PREPS = List.of(" for ", " at ", " with ", " from ");

    /** The actor with a mention overlapping [start, end), the one ending last when several do. */
    private static Actor overlapping(int start, int end, List<Actor> actors) {
        Actor best = null;
        int bestEnd = -1;
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                if (m.start() < end && start < m.end() && m.end() > bestEnd) {
                    best = a;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }

    private static Actor nearestBefore(int at, Set<String> types, List<Actor> actors) {
        Actor best = null;
        int bestEnd = -1;
        for (Actor a : actors) {
            if (!types.contains(a.type())) {
                continue;
            }
            for (Mention m : a.mentions()) {
                if (m.end() <= at && m.end() > bestEnd && !"pronoun".equals(m.kind()) && !"credit".equals(m.role())) {
                    best = a;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }
}
