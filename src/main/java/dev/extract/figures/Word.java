package dev.extract.figures;

import java.util.Locale;

/**
 * A word of a sentence as the figures grammar sees it: unlike the tagger's tokens, "302,000", "$5bn" parts,
 * "twenty-five", "15-20" and "7/8/07" stay whole. {@code from}/{@code to} are UTF-16 indices into the text.
 */
record Word(int from, int to, String text, boolean url, String lower) {

    /** A word whose lower-case form (Locale.ROOT) is computed once: the readers ask for it many times per word. */
    Word(int from, int to, String text, boolean url) {
        this(from, to, text, url, text.toLowerCase(Locale.ROOT));
    }

    boolean startsWithDigit() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    boolean hasLetter() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean hasUpper() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
