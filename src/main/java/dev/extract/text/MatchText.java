package dev.extract.text;

import java.text.Normalizer;

/**
 * The text the layout, the models and the rules read, made from the input so that text typed differently
 * reads the same: no-break and other typographic spaces (U+00A0, U+2009, U+202F, …) are spaces; terminal
 * colour codes ({@code ESC[31m}) and other control characters are spaces; accents are composed (NFC), so
 * {@code e} + U+0301 matches {@code é}. Offsets map back to the input, which is never changed: every span
 * is cut from the input.
 */
final class MatchText {
    private final String text;
    private final int[] toInput; // input index of each text index (length + 1); null when they are equal

    private MatchText(String text, int[] toInput) {
        this.text = text;
        this.toInput = toInput;
    }

    static MatchText of(String input) {
        String spaced = spaced(input);
        if (Normalizer.isNormalized(spaced, Normalizer.Form.NFC)) {
            return new MatchText(spaced, null);
        }
        return composed(spaced);
    }

    String text() {
        return text;
    }

    /** The input index where the character at text index {@code i} comes from (0 to length, inclusive). */
    int toInput(int i) {
        return toInput == null ? i : toInput[i];
    }

    /** The input index that ends a range ending at text index {@code i}: a composed character is taken whole. */
    int toInputEnd(int i) {
        if (toInput == null) {
            return i;
        }
        int k = i;
        while (k > 0 && k < text.length() && toInput[k] == toInput[k - 1]) {
            k++;
        }
        return toInput[k];
    }

    /** A replaced character is replaced by one character, so offsets stay equal. */
    private static String spaced(String input) {
        char[] out = null;
        int n = input.length();
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            int runTo = i + 1;
            if (c == '\u001B') {
                runTo = escapeEnd(input, i);
            } else if (!isSpaceLike(c)) {
                continue;
            }
            if (out == null) {
                out = input.toCharArray();
            }
            for (int k = i; k < runTo; k++) {
                out[k] = ' ';
            }
            i = runTo - 1;
        }
        return out == null ? input : new String(out);
    }

    static boolean isSpaceLike(char c) {
        switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR:
                return c != ' ';
            case Character.CONTROL:
                return c != '\n' && c != '\r' && c != '\t' && c != '\f';
            default:
                return false;
        }
    }

    /** End of an ANSI escape sequence at {@code at}: CSI {@code ESC [ params final}, or ESC and one character. */
    private static int escapeEnd(String s, int at) {
        int n = s.length();
        if (at + 1 >= n) {
            return n;
        }
        if (s.charAt(at + 1) != '[') {
            return at + 2;
        }
        int j = at + 2;
        // parameters and intermediates; bounded so a stray "ESC[" cannot blank the rest of the text
        while (j < n && j < at + 32 && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3F) {
            j++;
        }
        return j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E ? j + 1 : at + 1;
    }

    /** NFC, one base character with its marks at a time, remembering where each came from. */
    private static MatchText composed(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int i = 0;
        while (i < n) {
            int j = i + Character.charCount(s.codePointAt(i));
            while (j < n && isMark(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            int before = out.length();
            if (j == i + 1 && s.charAt(i) < '\u0300') {
                out.append(s.charAt(i));
            } else {
                out.append(Normalizer.normalize(s.substring(i, j), Normalizer.Form.NFC));
            }
            if (out.length() + 1 > map.length) { // NFC may also lengthen (composition exclusions)
                map = java.util.Arrays.copyOf(map, Math.max(out.length() + 1, map.length + map.length / 2));
            }
            for (int k = before; k < out.length(); k++) {
                map[k] = i;
            }
            i = j;
        }
        map[out.length()] = n;
        return new MatchText(out.toString(), java.util.Arrays.copyOf(map, out.length() + 1));
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
