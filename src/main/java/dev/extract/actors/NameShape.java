package dev.extract.actors;

import java.util.regex.Pattern;

/** What the letters of a word or name show by themselves: capitals, camel case, an initial, plain name words. */
final class NameShape {
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");
    private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)+");

    private NameShape() {
    }

    /** Two or more plain capitalised words; possessive quotes and hyphens allowed ("Michael O'Leary", "Wu Chi-wai"). */
    static boolean isPlainName(String key) {
        return PLAIN_NAME.matcher(key).matches();
    }

    /**
     * "GKS Belchatow", "SV Ried", "Linzer ASK": a word in capitals among words in mixed case is a code or an
     * abbreviation (a club's, a firm's), which a person's name does not hold; a regnal number ("Napoleon III") is no code.
     */
    static boolean hasCodeWord(String[] words) {
        boolean mixed = false;
        boolean code = false;
        for (String w : words) {
            boolean caps = w.length() > 1 && isAllCaps(w);
            code |= caps && !ROMAN.matcher(w).matches();
            mixed |= !caps;
        }
        return code && mixed;
    }

    /** "AirTanker", "YouTube": a capital inside the word marks a name whatever the tag. */
    static boolean isCamelCase(String x) {
        for (int k = 1; k < x.length(); k++) {
            if (Character.isUpperCase(x.charAt(k)) && Character.isLowerCase(x.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAllCaps(String x) {
        boolean letter = false;
        for (int k = 0; k < x.length(); k++) {
            char c = x.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** "G", "A": one capital letter, an initial when a full stop follows. */
    static boolean isInitialLetter(String w) {
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }
}
