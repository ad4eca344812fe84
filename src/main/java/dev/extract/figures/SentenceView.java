package dev.extract.figures;

import dev.extract.text.Document;
import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.util.List;

/** What the figure rules need to know of a sentence beyond its words: its block kind and its tokens' tags. */
record SentenceView(Document doc, List<Token> tokens, boolean headline) {

    /** True when only spaces or tabs stand between the start of a line and UTF-16 index {@code at}. */
    boolean opensLine(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    /** The tag of the token that covers UTF-16 index {@code at}, or "" when none does. */
    String tagAt(int at) {
        Token t = tokenAt(at);
        return t == null ? "" : t.tag();
    }

    /** Index in {@link #tokens()} of the token covering or first after {@code at}; tokens.size() when none. */
    int tokenIndexFrom(int at) {
        return TokenSearch.firstEndingAfter(tokens, at);
    }

    Token tokenAt(int at) {
        int k = tokenIndexFrom(at);
        return k < tokens.size() && tokens.get(k).from() <= at ? tokens.get(k) : null;
    }
}
