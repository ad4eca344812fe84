package dev.extract.text;

/**
 * The one place where UTF-16 indices become code-point offsets. For text without surrogate pairs the
 * two are equal and no table is kept.
 */
final class CodePoints {
    private final int[] before; // before[i] = surrogate low halves in text[0, i); null when there are none

    CodePoints(String text) {
        int[] table = null;
        int lows = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (table == null) {
                    table = new int[text.length() + 1];
                    // all earlier entries are zero
                }
                lows++;
            }
            if (table != null) {
                table[i + 1] = lows;
            }
        }
        this.before = table;
    }

    int toCodePoint(int utf16Index) {
        return before == null ? utf16Index : utf16Index - before[utf16Index];
    }
}
