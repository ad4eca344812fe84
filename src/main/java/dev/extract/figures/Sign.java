package dev.extract.figures;

import java.util.List;

/**
 * A minus before a figure: a hyphen, minus sign or en dash written against the number ("-0.3%", "−12C",
 * "-$5m") and standing free on its left (so "3-5" and "£5-£10" are not signs), or the word "minus" or
 * "negative" ("minus 12 degrees"), but not a tolerance ("plus or minus 2%"). A time-zone offset ("GMT -5") is no sign: {@link NotAFigure} rejects it.
 */
final class Sign {
    private Sign() {
    }

    /** Index of the sign word before word {@code first}, or -1. */
    static int before(Lexicon lex, List<Word> words, int first) {
        if (first == 0) {
            return -1;
        }
        Word w = words.get(first - 1);
        if (lex.is(w.lower(), ContextRole.MINUS_WORD)) {
            return first >= 2 && words.get(first - 2).lower().equals("or") ? -1 : first - 1; // "plus or minus 2%"
        }
        boolean dash = w.text().equals("-") || w.text().equals("\u2212") || w.text().equals("\u2013");
        if (!dash || w.to() != words.get(first).from()) {
            return -1;
        }
        if (first >= 2) {
            Word prev = words.get(first - 2);
            boolean joined = prev.to() == w.from();
            if (joined && !prev.text().equals("(") || prev.hasUpper() && prev.hasLetter()) {
                return -1; // "3-5", "£5-£10", "GMT-5"
            }
        }
        return first - 1;
    }
}
