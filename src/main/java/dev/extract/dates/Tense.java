package dev.extract.dates;

import dev.extract.text.Token;
import java.util.List;

/**
 * The time a clause looks to, read from word forms since the tags carry no tense: the finite verb nearest to
 * a date decides. Past forms come from {@code tense.tsv} or end in "-ed"; "will", "is expected to" and plain
 * present-tense clauses look ahead.
 */
final class Tense {
    /**
     * PAST and FUTURE are firm (a past form, "will", "scheduled"); PRESENT is a present-tense auxiliary ("is",
     * "are"), which looks ahead for a named day but describes the state now; LEANS_FUTURE is a weak cue (a
     * present "-s" form the tagger may have misread, an infinitive, "would"), under which the nearest day wins.
     */
    enum Direction { PAST, FUTURE, PRESENT, LEANS_FUTURE, NONE }

    /** How far (in tokens) a verb may stand from the date it dates: a clause, not a run-on page. */
    private static final int REACH = 40;
    /** A reporting verb this close to a date ("said Friday", "said on Friday") is the event the date dates. */
    private static final int SPEECH_NEAR = 2;
    /** How far "until" may stand before the date ("until 9 a.m. EST Tuesday"), and the verb before "until". */
    private static final int UNTIL_REACH = 5;
    private static final int DEFERRAL_REACH = 8;
    private final Lexicon words;

    Tense(Lexicon words) {
        this.words = words;
    }

    /**
     * The direction of the clause around tokens {@code [first, last]} of {@code sentence}: the nearest finite
     * verb wins, the left one first at equal distance.
     */
    Direction around(List<Token> sentence, int first, int last) {
        if (deferredUntil(sentence, first)) {
            return Direction.FUTURE;
        }
        Direction reporting = null;
        boolean leftShut = false;
        boolean rightShut = false;
        for (int d = 1; d < Math.min(sentence.size(), REACH); d++) {
            for (int side = 0; side < 2; side++) { // the left one first at equal distance
                int i = side == 0 ? first - d : last + d;
                if (i < 0 || i >= sentence.size() || (i < first ? leftShut : rightShut)) {
                    continue;
                }
                Direction x = classify(sentence, i);
                if (x == null) {
                    continue;
                }
                // "ready to leave as soon as Tuesday, Castro said": a reporting verb away from the date only
                // frames what was said; the date belongs to the clause reported, if it has a verb
                if (d > SPEECH_NEAR && words.has(WordKind.SPEECHVERB, sentence.get(i).text())) {
                    reporting = reporting == null ? x : reporting;
                    // beyond the reporting verb lies another clause ("..., the chief said that he is ...")
                    leftShut |= i < first;
                    rightShut |= i > last;
                    continue;
                }
                return x;
            }
            if (first - d < 0 && last + d >= sentence.size()) {
                break;
            }
        }
        return reporting != null ? reporting : Direction.NONE;
    }

    /**
     * Whether the date ends a deferral: "until" just before it (a clock time may stand between) and a verb of
     * putting off shortly before that ("postponed until Tuesday morning", "has given them until 9 a.m. Tuesday"):
     * the day is ahead whatever the verb's tense. Bounded look-back.
     */
    private boolean deferredUntil(List<Token> s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - UNTIL_REACH); k--) {
            if (words.has(WordKind.UNTIL, s.get(k).text())) {
                for (int j = k - 1; j >= Math.max(0, k - DEFERRAL_REACH); j--) {
                    if (words.has(WordKind.DEFERRAL, s.get(j).text())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The direction a token sets, or null when it is no finite verb. */
    private Direction classify(List<Token> s, int i) {
        Token t = s.get(i);
        String w = Lexicon.normalise(t.text());
        String after = i + 1 < s.size() ? Lexicon.normalise(s.get(i + 1).text()) : "";
        boolean beforeTo = after.equals("to");
        if (words.has(WordKind.AHEAD, w) && !beforeTo || words.has(WordKind.AHEADBEFORETO, w) && beforeTo
                || words.has(WordKind.AHEADBEFOREWORD, w) && after.equals(words.value(WordKind.AHEADBEFOREWORD, w))) {
            // "upcoming", "talks set to resume Monday", "the accession was planned for early March"; but "next
            // to the embassy" is a place
            return Direction.FUTURE;
        }
        if (t.tag().equals("VERB") || t.tag().equals("AUX")) {
            Direction chain = verbChain(s, i);
            if (chain != null) {
                return chain == Direction.NONE ? null : chain;
            }
        }
        Direction aux = auxiliary(w);
        if (aux != null && (t.isVerb() || words.has(WordKind.WILL, w))) {
            return aux;
        }
        if (words.has(WordKind.PAST, w) && t.isVerb()) {
            return Direction.PAST;
        }
        if (!t.tag().equals("VERB")) {
            return null;
        }
        String prev = i > 0 ? Lexicon.normalise(s.get(i - 1).text()) : "";
        if (i > 0 && (s.get(i - 1).tag().equals("DET") || s.get(i - 1).tag().equals("ADJ") && !s.get(i - 1).isCapitalised()
                || prev.equals("'s"))) {
            return null; // "the estimates", "Defence's estimates": a noun the tagger took for a verb; but "American
                         // Medical received": a name's last word, tagged as an adjective, before its verb
        }
        if (prev.equals("to") && i > 1 && words.has(WordKind.INTENTION, s.get(i - 2).text()) && !pastAuxiliaryBefore(s, i - 3)) {
            // "planned to leave Thursday", "has decided to admit them in March": what is to come; "was expected
            // to" is read from its "was"
            return Direction.FUTURE;
        }
        if (prev.equals("to") && i > 1 && s.get(i - 2).tag().equals("NOUN")) {
            return Direction.LEANS_FUTURE; // "an event to be held", "plans to open": what is to come
        }
        if (prev.equals("to") || words.has(WordKind.MODAL, prev)) {
            return null; // an infinitive or a modal's verb says nothing of the time
        }
        return byEnding(w);
    }

    /**
     * Whether the auxiliaries ending at token {@code j} hold a past one ("was expected to", "had been scheduled
     * to"): the chain is then read from its auxiliaries; "has decided to", "is set to" look ahead.
     */
    private boolean pastAuxiliaryBefore(List<Token> s, int j) {
        for (; j >= 0 && (s.get(j).tag().equals("AUX") || s.get(j).tag().equals("ADV")); j--) {
            String w = Lexicon.normalise(s.get(j).text());
            if (s.get(j).tag().equals("AUX") && words.has(WordKind.PASTAUXILIARY, w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code w} ends with a phrase of {@code kind} ("-ed"). */
    private boolean endsWith(WordKind kind, String w) {
        for (String ending : words.kind(kind).keySet()) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb after auxiliaries ("will be held", "was signed", "is expected"): the auxiliaries decide. NONE when
     * they say nothing of the time ("would have signed"), null when there are none to read.
     */
    private Direction verbChain(List<Token> s, int i) {
        boolean auxiliary = false;
        for (int j = i - 1; j >= 0 && (s.get(j).tag().equals("AUX") || s.get(j).tag().equals("ADV") || s.get(j).tag().equals("PART")); j--) {
            if (s.get(j).tag().equals("AUX")) {
                auxiliary = true;
                Direction x = auxiliary(Lexicon.normalise(s.get(j).text()));
                if (x != null) {
                    return x;
                }
            }
        }
        int j = i - 1;
        while (j >= 0 && s.get(j).tag().equals("AUX")) {
            j--;
        }
        if (j > 0 && Lexicon.normalise(s.get(j).text()).equals("to") && s.get(j - 1).tag().equals("NOUN")) {
            return Direction.LEANS_FUTURE; // "an event to be held", "a plan to open": what is to come
        }
        return auxiliary ? Direction.NONE : null;
    }

    /** A verb's direction from its ending: "-ed" looks back, a present "-s" leans ahead. */
    private Direction byEnding(String w) {
        if (endsWith(WordKind.PASTENDING, w)) {
            return Direction.PAST;
        }
        if (endsWith(WordKind.PRESENTENDING, w) && !endsWith(WordKind.NOTPRESENTENDING, w)) {
            return Direction.LEANS_FUTURE; // "resumes", but also "shares" and "plans", nouns tagged as verbs
        }
        // a bare present ("they remain", "leaders meet"): like "-s", a weak cue ahead; a gerund says nothing
        return endsWith(WordKind.GERUNDENDING, w) ? null : Direction.LEANS_FUTURE;
    }

    /** The direction an auxiliary sets: "will" and present-tense "is" look ahead, "was" and "has" back. */
    private Direction auxiliary(String w) {
        if (words.has(WordKind.FUTURE, w)) {
            return Direction.FUTURE;
        }
        if (words.has(WordKind.PRESENT, w)) {
            return Direction.PRESENT;
        }
        if (words.has(WordKind.MODAL, w)) {
            // "said he would travel Thursday", "should ease by Thursday": a future seen from the clause, or
            // a possibility; "would have signed" is read from its "have" first
            return Direction.LEANS_FUTURE;
        }
        if (words.has(WordKind.PERFECT, w) || words.has(WordKind.PAST, w) && words.has(WordKind.PASTAUXILIARY, w)) {
            return Direction.PAST;
        }
        return null;
    }
}
