package dev.extract.text;

import java.util.List;

/** Binary searches over tokens in text order, by UTF-16 index. */
public final class TokenSearch {
    private TokenSearch() {
    }

    /** Index of the first token that ends after {@code at} (covers it or lies beyond); size() when none. */
    public static int firstEndingAfter(List<Token> tokens, int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).to() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first token that starts at or after {@code at}; size() when none. */
    public static int firstStartingFrom(List<Token> tokens, int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).from() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
