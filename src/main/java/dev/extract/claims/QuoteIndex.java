package dev.extract.claims;

import dev.extract.text.Document;
import java.util.List;

/** The document's quotes with the look-ups the attribution patterns need. */
final class QuoteIndex {
    private final String text;
    private final List<Quotes.Quote> quotes;

    QuoteIndex(Document doc) {
        this.text = doc.text();
        this.quotes = Quotes.find(doc);
    }

    List<Quotes.Quote> all() {
        return quotes;
    }

    /** The quote whose words hold UTF-16 index {@code at}, or null. */
    Quotes.Quote inside(int at) {
        for (Quotes.Quote q : quotes) {
            if (q.contains(at)) {
                return q;
            }
        }
        return null;
    }

    /** The quote that closes just before {@code at}, with only blanks and commas between, or null. */
    Quotes.Quote endingBefore(int at) {
        for (Quotes.Quote q : quotes) {
            if (q.close() <= at && onlyGlue(q.close(), at, false)) {
                return q;
            }
        }
        return null;
    }

    /** The quote that opens just after {@code at} behind a colon or comma (or nothing), or null. */
    Quotes.Quote startingAfter(int at) {
        for (Quotes.Quote q : quotes) {
            if (q.open() >= at && onlyGlue(at, q.open(), true)) {
                return q;
            }
        }
        return null;
    }

    private boolean onlyGlue(int from, int to, boolean colon) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ',' && !(colon && c == ':')) {
                return false;
            }
        }
        return true;
    }
}
