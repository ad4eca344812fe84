package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The change direction a sentence states for a figure: "rose 5%", "fell by a third", "up 3%", "5% lower",
 * "from 5% to 7%" (the ends compared). Looks at up to four words before the figure (its qualifier and
 * "by"/"to"/"from" are passed over) and the word after it. Returns the direction or null.
 */
final class Change {
    private static final int REACH = 4;
    private static final int WHEN_REACH = 5;

    private Change() {
    }

    static Direction of(Lexicon lex, List<Word> words, int cueStart, int last, Range fromTo) {
        if (fromTo != null) {
            int c = fromTo.high().compareTo(fromTo.low());
            return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : null;
        }
        String after = Phrases.lower(words, last + 1);
        if (lex.is(after, ContextRole.COMPARATIVE)) {
            return lex.is(after, ContextRole.UP) ? Direction.UP : Direction.DOWN;
        }
        for (int k = cueStart - 1; k >= 0 && k >= cueStart - REACH; k--) {
            String w = words.get(k).lower();
            if (lex.is(w, ContextRole.UP)) {
                return Direction.UP;
            }
            if (lex.is(w, ContextRole.DOWN)) {
                return Direction.DOWN;
            }
            if (!lex.is(w, ContextRole.CHANGE_SKIP)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where the second value of "from A to B" starts when the sentence states a change from A to B: right
     * after "to" for a range-shaped pair, or after "to" and a qualifier ("from $95 million to about $30
     * million"). -1 when no number follows "to".
     */
    static int target(Lexicon lex, List<Word> words, boolean range, int last) {
        if (!Phrases.lower(words, last + 1).equals("to")) {
            return -1;
        }
        if (range) {
            return last + 2;
        }
        int at = Phrases.longestStartingAt(words, last + 2, lex.qualifiers, lex.longestQualifier);
        at = at < 0 ? last + 2 : at;
        if (at >= words.size()) {
            return -1;
        }
        Word w = words.get(at);
        Currency sym = lex.currency(w.text());
        boolean number = w.startsWithDigit() || sym != null && sym.before() && Phrases.lower(words, at + 1).length() > 0
                && words.get(at + 1).startsWithDigit();
        return number && at > last + 2 ? at : -1;
    }

    /**
     * Where the old value of "to B from A" starts when the figure B ending at word {@code last} follows "to" and
     * "from" follows it ("rose to $3 million from $2.9 million", "to 20% from about 16%"): the number after
     * "from" and any qualifier. -1 when there is none.
     */
    static int oldValueAt(Lexicon lex, List<Word> words, int cueStart, int last) {
        int from = fromAfter(lex, words, last);
        if (!Phrases.lower(words, cueStart - 1).equals("to") || from < 0) {
            return -1;
        }
        int at = Phrases.longestStartingAt(words, from + 1, lex.qualifiers, lex.longestQualifier);
        at = at < 0 ? from + 1 : at;
        if (at >= words.size()) {
            return -1;
        }
        Currency sym = lex.currency(words.get(at).text());
        boolean number = words.get(at).startsWithDigit()
                || sym != null && sym.before() && at + 1 < words.size() && words.get(at + 1).startsWithDigit();
        return number ? at : -1;
    }

    /**
     * The "from" after the new value, right after it or after a short phrase of when it was measured ("to 92.5%
     * in the 2024-25 school year from 92.7%", "to $3 million in the quarter from $2.9 million"): a preposition
     * of time, then up to {@value #WHEN_REACH} words with no other number than a year. -1 when there is none.
     */
    private static int fromAfter(Lexicon lex, List<Word> words, int last) {
        if (Phrases.lower(words, last + 1).equals("from")) {
            return last + 1;
        }
        if (!lex.is(Phrases.lower(words, last + 1), ContextRole.WHEN_PREPOSITION)) {
            return -1;
        }
        for (int k = last + 2; k < words.size() && k <= last + 1 + WHEN_REACH; k++) {
            Word w = words.get(k);
            if (w.lower().equals("from")) {
                return k;
            }
            if (!w.hasLetter() && !yearLike(w.text())) {
                return -1; // a comma, another number: the phrase ended
            }
        }
        return -1;
    }

    /** "2024", "2024-25": a year or a season, which a phrase of time may hold. */
    private static boolean yearLike(String t) {
        return t.length() >= 4 && t.chars().limit(4).allMatch(Character::isDigit) && (t.length() == 4 || t.charAt(4) == '-');
    }

    /**
     * True when a word of role {@code rangeCue} ("ranged", "varies", "aged") stands in the three words before the
     * "from" at {@code fromAt}: "from A to B" is then a range; otherwise it states a change from A to B.
     */
    static boolean rangeCue(Lexicon lex, List<Word> words, int fromAt) {
        for (int k = fromAt - 1; k >= 0 && k >= fromAt - 3; k--) {
            if (lex.is(words.get(k).lower(), ContextRole.RANGE_CUE)) {
                return true;
            }
        }
        return false;
    }

    static Direction direction(BigDecimal from, BigDecimal to) {
        if (from == null || to == null) {
            return null;
        }
        int c = to.compareTo(from);
        return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : null;
    }
}
