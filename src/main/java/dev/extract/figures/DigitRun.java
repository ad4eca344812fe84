package dev.extract.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Numbers written across words or with fraction signs: thousands grouped by spaces or no-break spaces ("302 000",
 * "1 250 000"), slash fractions ("1/4", "3/4"), mixed numbers ("10 1/2", "7 3/4", "2½") and fraction signs
 * ("½"). A slash fraction is proper and has a small denominator (2, 3, 4, 8, 16), so "9/11" and "24/7" stay
 * what they are. Space grouping needs one to three digits and then groups of exactly three, each one space
 * apart; it is refused when a digit group of another size follows (a phone number: "202 555 0143") or a "+"
 * or "(" opens it ("+44 207 946"), and after four groups of three ("1 000 000 000 000" is the longest).
 */
final class DigitRun {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final MathContext SIX = new MathContext(6);
    /** More groups than a trillion's are a table of numbers, not one number (and the look stays bounded). */
    private static final int MAX_GROUPS = 4;
    /** No-break, narrow no-break, figure and thin spaces: thousands separators in many style guides. */
    private static final String SPACES = "\u00a0\u202f\u2007\u2009";

    private DigitRun() {
    }

    /** The value and last word of a number that goes on after word {@code i}, or null when it stops there. */
    record Extended(BigDecimal value, int last) {
    }

    static Extended extend(Lexicon lex, List<Word> words, int i, Numeral n) {
        if (!n.suffix().isEmpty() || n.value().scale() > 0) {
            return null;
        }
        Extended grouped = spaceGroups(words, i, n);
        if (grouped != null) {
            return grouped;
        }
        if (i + 1 >= words.size() || words.get(i + 1).from() - words.get(i).to() > 1) {
            return null;
        }
        BigDecimal fraction = fraction(lex, words.get(i + 1).text());
        return fraction == null ? null : new Extended(NumberNormaliser.tidy(n.value().add(fraction)), i + 1);
    }

    /** The value of a proper slash fraction ("3/4") or a fraction sign ("¾"), else null. */
    static BigDecimal fraction(Lexicon lex, String text) {
        NumberWord sign = lex.numbers.get(text);
        if (sign != null && sign.role() == NumberRole.FRACTION_SIGN) {
            return sign.value();
        }
        int slash = text.indexOf('/');
        if (slash <= 0 || slash > 2 || text.length() - slash - 1 > 2 || !digits(text, 0, slash)
                || !digits(text, slash + 1, text.length())) {
            return null;
        }
        int num = Integer.parseInt(text.substring(0, slash));
        int den = Integer.parseInt(text.substring(slash + 1));
        if (num <= 0 || num >= den || !(den == 2 || den == 3 || den == 4 || den == 8 || den == 16)) {
            return null;
        }
        return NumberNormaliser.tidy(BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), SIX));
    }

    private static Extended spaceGroups(List<Word> words, int i, Numeral n) {
        if (n.grouped() || n.integerDigits() > 3) {
            return null;
        }
        String before = i > 0 ? words.get(i - 1).text() : "";
        if (before.equals("+") || before.equals("(") || i > 0 && words.get(i).from() - words.get(i - 1).to() <= 1
                && words.get(i - 1).startsWithDigit()) {
            return null; // a phone number, or the middle of a run of digit groups
        }
        BigDecimal v = n.value();
        int k = i;
        int groups = 0;
        for (int g = nextGroup(words, k); g > 0 && groups <= MAX_GROUPS; g = nextGroup(words, k)) {
            v = v.multiply(THOUSAND).add(new BigDecimal(words.get(g).text()));
            k = g;
            groups++;
        }
        if (groups == 0 || groups > MAX_GROUPS || k + 1 < words.size() && words.get(k + 1).startsWithDigit()
                && words.get(k + 1).from() - words.get(k).to() <= 1) {
            return null;
        }
        return new Extended(v, k);
    }

    /**
     * The word of the group of three digits after word {@code k}, one space away ("302 000"), or across a no-break,
     * narrow no-break, figure or thin space that the scanner kept as a word of its own; -1 when none.
     */
    private static int nextGroup(List<Word> words, int k) {
        if (k + 1 < words.size() && words.get(k + 1).from() - words.get(k).to() == 1 && threeDigits(words.get(k + 1).text())) {
            return k + 1;
        }
        if (k + 2 < words.size() && SPACES.indexOf(words.get(k + 1).text()) >= 0 && words.get(k + 1).text().length() == 1
                && words.get(k + 1).from() == words.get(k).to() && words.get(k + 2).from() == words.get(k + 1).to()
                && threeDigits(words.get(k + 2).text())) {
            return k + 2;
        }
        return -1;
    }

    private static boolean threeDigits(String t) {
        return t.length() == 3 && digits(t, 0, 3);
    }

    private static boolean digits(String t, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
