package dev.extract.figures;

import java.util.List;
import java.util.Map;

/** Look-ups of multi-word cues in a sentence's words, lower case, words joined by one space. */
final class Phrases {
    private Phrases() {
    }

    /** The words {@code from..to-1} lower-cased and joined by single spaces. */
    static String join(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).lower());
        }
        return sb.toString();
    }

    /** Start index of the longest cue of {@code table} that ends right before word {@code end}, or -1. */
    static int longestEndingAt(List<Word> words, int end, Map<String, ?> table, int longest) {
        for (int n = Math.min(longest, end); n >= 1; n--) {
            if (table.containsKey(join(words, end - n, end))) {
                return end - n;
            }
        }
        return -1;
    }

    /** End index (exclusive) of the longest cue of {@code table} that starts at word {@code from}, or -1. */
    static int longestStartingAt(List<Word> words, int from, Map<String, ?> table, int longest) {
        for (int n = Math.min(longest, words.size() - from); n >= 1; n--) {
            if (table.containsKey(join(words, from, from + n))) {
                return from + n;
            }
        }
        return -1;
    }

    static String lower(List<Word> words, int k) {
        return k >= 0 && k < words.size() ? words.get(k).lower() : "";
    }
}
