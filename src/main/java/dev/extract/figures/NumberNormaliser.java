package dev.extract.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Turns a run of number words and numerals into one value: "half a million" is 500000, "one and a half
 * million" 1500000, "twenty-five" 25, "3 million" 3000000, "1.2m" (money) 1200000, "two hundred and five"
 * 205, "three quarters" 0.75, "a dozen" 12. The grammar is the usual one: units, teens and tens add up,
 * "hundred" multiplies what precedes it, a scale word (thousand, million, …) closes a group, a fraction word
 * adds itself ("one and a half") or, plural after a number, multiplies ("three quarters"). "a"/"an", "and"
 * and "of" only join. Returns null when a part is no number word.
 */
final class NumberNormaliser {
    private final Lexicon lex;

    NumberNormaliser(Lexicon lex) {
        this.lex = lex;
    }

    NumberNormaliser() {
        this(Lexicon.get());
    }

    /** Value of the parts (words, hyphen compounds allowed), reading "m"/"b" suffixes as magnitudes when {@code money}. */
    BigDecimal normalise(List<String> parts, boolean money) {
        Sum sum = new Sum();
        for (String raw : parts) {
            for (String p : raw.split("[-\u2013]")) {
                if (!add(sum, p, money)) {
                    return null;
                }
            }
        }
        if (!sum.any) {
            return null;
        }
        return tidy(sum.total.add(sum.current).round(MathContext.DECIMAL64));
    }

    /**
     * The running value of a number phrase: the groups closed by a scale word, the group being read, whether
     * any number was read and whether "and" came last ("one and a half" adds the fraction, "one third" and
     * "two-thirds" multiply by it).
     */
    private static final class Sum {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any;
        boolean and;

        void closeGroup(BigDecimal multiplier) {
            total = total.add(current.multiply(multiplier));
            current = BigDecimal.ZERO;
        }
    }

    /** Adds one part to the sum; false when the part is no number word. */
    private boolean add(Sum sum, String p, boolean money) {
        String w = p.toLowerCase(Locale.ROOT);
        if (w.equals("and")) {
            sum.and = true;
            return true;
        }
        if (w.isEmpty() || lex.is(w, ContextRole.NUMBER_JOINER)) {
            return true;
        }
        if (Character.isDigit(w.charAt(0))) {
            return addNumeral(sum, p, money);
        }
        Suffix scaleAbbrev = lex.suffixes.get(p);
        NumberWord nw = lex.numbers.get(w);
        if (nw == null && scaleAbbrev != null && sum.any && (!scaleAbbrev.moneyOnly() || money)) {
            sum.closeGroup(scaleAbbrev.multiplier());
            return true;
        }
        if (nw == null) {
            return false;
        }
        sum.any = true;
        switch (nw.role()) {
            case UNIT, TEEN, TENS -> sum.current = sum.current.add(nw.value());
            case HUNDRED -> sum.current = orOne(sum.current).multiply(nw.value());
            case SCALE -> {
                sum.current = orOne(sum.current);
                sum.closeGroup(nw.value());
            }
            case FRACTION -> sum.current = sum.and || sum.current.signum() == 0 ? sum.current.add(nw.value()) : sum.current.multiply(nw.value());
            case FRACTIONS -> sum.current = orOne(sum.current).multiply(nw.value());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A numeral among the words ("3 million", "1.2m"): its value, and the group closed by its suffix. */
    private boolean addNumeral(Sum sum, String p, boolean money) {
        Numeral n = Numeral.parse(p);
        if (n == null) {
            return false;
        }
        sum.current = sum.current.add(n.value());
        sum.any = true;
        if (!n.suffix().isEmpty()) {
            Suffix s = lex.suffixes.get(n.suffix());
            if (s == null || (s.moneyOnly() && !money)) {
                return false;
            }
            sum.closeGroup(s.multiplier());
        }
        return true;
    }

    /** Drops trailing decimal zeros but never writes an integer in E notation (3000000, not 3E+6). */
    static BigDecimal tidy(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BigDecimal orOne(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ONE : v;
    }
}
