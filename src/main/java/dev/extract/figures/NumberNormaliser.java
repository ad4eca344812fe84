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
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean and = false; // "one and a half" adds the fraction, "one third" and "two-thirds" multiply by it
        for (String raw : parts) {
            for (String p : raw.split("[-\u2013]")) {
                String w = p.toLowerCase(Locale.ROOT);
                if (w.equals("and")) {
                    and = true;
                    continue;
                }
                if (w.isEmpty() || lex.is(w, ContextRole.NUMBER_JOINER)) {
                    continue;
                }
                if (Character.isDigit(w.charAt(0))) {
                    Numeral n = Numeral.parse(p);
                    if (n == null) {
                        return null;
                    }
                    current = current.add(n.value());
                    any = true;
                    if (!n.suffix().isEmpty()) {
                        Suffix s = lex.suffixes.get(n.suffix());
                        if (s == null || (s.moneyOnly() && !money)) {
                            return null;
                        }
                        total = total.add(current.multiply(s.multiplier()));
                        current = BigDecimal.ZERO;
                    }
                    continue;
                }
                Suffix scaleAbbrev = lex.suffixes.get(p);
                NumberWord nw = lex.numbers.get(w);
                if (nw == null && scaleAbbrev != null && any && (!scaleAbbrev.moneyOnly() || money)) {
                    total = total.add(current.multiply(scaleAbbrev.multiplier()));
                    current = BigDecimal.ZERO;
                    continue;
                }
                if (nw == null) {
                    return null;
                }
                any = true;
                switch (nw.role()) {
                    case UNIT, TEEN, TENS -> current = current.add(nw.value());
                    case HUNDRED -> current = orOne(current).multiply(nw.value());
                    case SCALE -> {
                        total = total.add(orOne(current).multiply(nw.value()));
                        current = BigDecimal.ZERO;
                    }
                    case FRACTION -> current = and || current.signum() == 0 ? current.add(nw.value()) : current.multiply(nw.value());
                    case FRACTIONS -> current = orOne(current).multiply(nw.value());
                    default -> {
                        return null;
                    }
                }
            }
        }
        if (!any) {
            return null;
        }
        return tidy(total.add(current).round(MathContext.DECIMAL64));
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
