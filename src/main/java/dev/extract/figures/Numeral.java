package dev.extract.figures;

import java.math.BigDecimal;

/**
 * A word that starts with digits, split into its number and what follows it in the same word:
 * "302,000" gives 302000 and "", "1.2m" gives 1.2 and "m", "15-20" gives 15 and "-20", "7/8/07" gives 7 and
 * "/8/07". Thousands separators must group by three ("1,2" is no number). Hand-written, linear, no regex.
 */
record Numeral(BigDecimal value, String suffix, boolean grouped, int integerDigits) {
    /**
     * More digits than this is no figure: beyond double range (1.8e308) JSON readers choke or round to
     * infinity, and parsing a long run into a BigDecimal costs the square of its length.
     */
    static final int MAX_DIGITS = 300;

    static Numeral parse(String word) {
        int n = word.length();
        if (n == 0 || !Character.isDigit(word.charAt(0))) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        int i = 0;
        int groupLen = 0;
        boolean grouped = false;
        boolean decimal = false;
        boolean indian = false;
        int integerDigits = 0;
        while (i < n) {
            char c = word.charAt(i);
            boolean nextDigit = i + 1 < n && Character.isDigit(word.charAt(i + 1));
            if (Character.isDigit(c)) {
                if (digits.length() >= MAX_DIGITS) {
                    return null;
                }
                digits.append(c);
                groupLen++;
                if (!decimal) {
                    integerDigits++;
                }
            } else if (c == ',' && !decimal && nextDigit && (grouped ? groupLen == 3 || groupLen == 2 : groupLen <= 3)) {
                if (!followedByGroup(word, i + 1)) {
                    indian = indian || groupLen <= 2 && indianGroups(word, i + 1); // checked once: the rest is linear
                    if (!indian) {
                        break;
                    }
                }
                grouped = true;
                groupLen = 0;
            } else if (c == '.' && !decimal && nextDigit && (!grouped || groupLen == 3)) {
                decimal = true;
                digits.append('.');
            } else {
                break;
            }
            i++;
        }
        if (grouped && !decimal && groupLen != 3) {
            return null;
        }
        return new Numeral(new BigDecimal(digits.toString()), word.substring(i), grouped, integerDigits);
    }

    /** True when exactly three digits follow at {@code from} and then no further digit. */
    private static boolean followedByGroup(String word, int from) {
        int k = from;
        while (k < word.length() && Character.isDigit(word.charAt(k))) {
            k++;
        }
        return k - from == 3;
    }

    /** Indian grouping ("12,34,567", "1,00,000"): two-digit groups, then a last group of three, from {@code from}. */
    private static boolean indianGroups(String word, int from) {
        int k = from;
        while (true) {
            int start = k;
            while (k < word.length() && Character.isDigit(word.charAt(k))) {
                k++;
            }
            int len = k - start;
            boolean comma = k + 1 < word.length() && word.charAt(k) == ',' && Character.isDigit(word.charAt(k + 1));
            if (len == 2 && comma) {
                k++;
                continue;
            }
            return len == 3 && !comma && start > from;
        }
    }

    /** A plain four-digit number without separator or decimals, such as a year. */
    boolean yearShaped() {
        return !grouped && integerDigits == 4 && value.scale() == 0
                && value.compareTo(BigDecimal.valueOf(1000)) >= 0 && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }
}
