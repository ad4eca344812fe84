package dev.extract.text;

/**
 * Lone surrogates (invalid UTF-16) made harmless where text enters the tool: the input decoder and the
 * segmenter both need it, one for one so that offsets hold.
 */
public final class Surrogates {
    private Surrogates() {
    }

    /** The text with each lone surrogate (half of a pair without the other half) replaced by U+FFFD. */
    public static String withoutLoneSurrogates(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = '\uFFFD';
            }
        }
        return out == null ? s : new String(out);
    }
}
