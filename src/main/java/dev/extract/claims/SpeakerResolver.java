package dev.extract.claims;

import dev.extract.actors.MentionKind;
import dev.extract.actors.MentionRole;
import dev.extract.actors.Actor;
import dev.extract.actors.Gender;
import dev.extract.actors.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links a speaker span to an actor of the same article: the actor with a mention overlapping the head of the
 * span (the one nearest its end, where an English noun phrase has its head), else one whose name or mention
 * reads the same; a pronoun ("it", "he") or a description ("the company") to the nearest actor of a fitting
 * type, and for "he"/"she" of a fitting gender, mentioned before it. Built once per document over the mentions
 * sorted by start and by end, so a look-up is a binary search and a bounded walk. Offsets are code points.
 */
final class SpeakerResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longest a name mention is in mentions: an overlap search walks back no further than this many mentions. */
    private static final int OVERLAP_WALK = 64;
    /** How many earlier mentions a pronoun or description looks through for a fitting actor. */
    private static final int ANTECEDENT_WALK = 400;
    private static final List<String> HEAD_PREPS = List.of(" for ", " at ", " with ", " from ", " in ");

    private record Entry(Mention mention, Actor actor) {
    }

    private final List<Entry> byStart = new ArrayList<>();
    private final List<Entry> byEnd = new ArrayList<>();
    private final Map<String, Actor> byText = new HashMap<>();

    SpeakerResolver(List<Actor> actors) {
        for (Actor a : actors) {
            if (a.name() != null) {
                byText.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
            }
            for (Mention m : a.mentions()) {
                byStart.add(new Entry(m, a));
                byText.putIfAbsent(m.text().toLowerCase(Locale.ROOT), a);
            }
        }
        byEnd.addAll(byStart);
        byStart.sort(Comparator.comparingInt(e -> e.mention().start()));
        byEnd.sort(Comparator.comparingInt(e -> e.mention().end()));
    }

    /** One look-up against {@code actors}: builds the index, for callers with a single speaker. */
    static Claim.Speaker resolve(String text, int start, int end, boolean pronoun, List<Actor> actors) {
        return new SpeakerResolver(actors).resolve(text, start, end, pronoun);
    }

    /** The speaker with its {@code actor} and {@code resolution} filled in where an actor fits. */
    Claim.Speaker resolve(String text, int start, int end, boolean pronoun) {
        String lower = text.toLowerCase(Locale.ROOT);
        Lexicon lex = Lexicon.get();
        if (pronoun) {
            Set<String> types = lex.pronounTypes(lower);
            Actor a = overlapping(start, end);
            if (a == null && types != null) {
                a = nearestBefore(start, types, lex.pronounGender(lower));
            }
            return new Claim.Speaker(text, start, end, a == null ? null : a.id(), a == null ? null : SpeakerResolution.PRONOUN.code());
        }
        int headFrom = headFrom(text, start);
        int headTo = headTo(text, start, end);
        Actor best = overlapping(headFrom, headTo);
        if (best != null) {
            return new Claim.Speaker(text, start, end, best.id(), SpeakerResolution.NAME.code());
        }
        if (headFrom > start || headTo < end) {
            return new Claim.Speaker(text, start, end, null, null); // "Morrison's lawyer": described, not Morrison
        }
        Actor same = byText.get(lower);
        if (same != null) {
            return new Claim.Speaker(text, start, end, same.id(), SpeakerResolution.NAME.code());
        }
        String[] words = SPACES.split(lower);
        if (words.length == 2 && words[0].equals("the") && lex.descriptionTypes(words[1]) != null) {
            Actor a = nearestBefore(start, lex.descriptionTypes(words[1]), null);
            if (a != null) {
                return new Claim.Speaker(text, start, end, a.id(), SpeakerResolution.DESCRIPTION.code());
            }
        }
        return new Claim.Speaker(text, start, end, null, null);
    }

    /**
     * Where the head of a speaker phrase may start: after its last possessive ("Morrison's lawyer" is not
     * Morrison). Code points, like {@code start}.
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

    /** The actor with a mention overlapping [start, end), the one ending last when several do. */
    private Actor overlapping(int start, int end) {
        int i = lastAtOrBefore(byStart, end - 1, true);
        Actor best = null;
        int bestEnd = -1;
        for (int n = 0; i >= 0 && n < OVERLAP_WALK; i--, n++) {
            Mention m = byStart.get(i).mention();
            if (m.start() < end && start < m.end() && m.end() > bestEnd) {
                best = byStart.get(i).actor();
                bestEnd = m.end();
            }
        }
        return best;
    }

    /** The actor of a fitting type (and gender, when one is asked and the actor's is known) mentioned last before {@code at}. */
    private Actor nearestBefore(int at, Set<String> types, Gender gender) {
        int i = lastAtOrBefore(byEnd, at, false);
        for (int n = 0; i >= 0 && n < ANTECEDENT_WALK; i--, n++) {
            Entry e = byEnd.get(i);
            Mention m = e.mention();
            Actor a = e.actor();
            if (types.contains(a.type()) && !MentionKind.PRONOUN.code().equals(m.kind()) && !MentionRole.CREDIT.code().equals(m.role())
                    && (gender == null || a.gender() == null || a.gender() == gender)) {
                return a;
            }
        }
        return null;
    }

    /** Index of the last entry whose start (or end) is at or before {@code at}, or -1. */
    private static int lastAtOrBefore(List<Entry> sorted, int at, boolean byStartOffset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Mention m = sorted.get(mid).mention();
            if ((byStartOffset ? m.start() : m.end()) <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
