package dev.extract.text;

import java.util.List;

/**
 * A document's quotes (read by {@link Quotations}) with the look-ups extractors need. Quotes never overlap and
 * come in text order, so every look-up is a binary search. Built once per document and rule set by
 * {@link Document#quotes}; immutable.
 */
public final class QuoteIndex {
    private final String text;
    private final List<Quotations.Quote> quotes;

    QuoteIndex(Document doc, Quotations.Rules rules) {
        this.text = doc.text();
        this.quotes = List.copyOf(Quotations.find(doc, rules));
    }

    public List<Quotations.Quote> all() {
        return quotes;
    }

    /** Index of the last quote that opens at or before {@code at}, or -1. */
    private int lastOpeningBy(int at) {
        int lo = 0;
        int hi = quotes.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).open() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The quote whose words hold UTF-16 index {@code at}, or null. */
    public Quotations.Quote inside(int at) {
        int i = lastOpeningBy(at);
        return i >= 0 && quotes.get(i).contains(at) ? quotes.get(i) : null;
    }

    /**
     * The quote that closes just before {@code at}, with only blanks and commas between, in the same
     * paragraph (a quote ending the paragraph before belongs to its own attribution), or null.
     */
    public Quotations.Quote endingBefore(int at) {
        int i = lastOpeningBy(at);
        if (i < 0) {
            return null;
        }
        Quotations.Quote q = quotes.get(i);
        return q.close() <= at && onlyGlue(q.close(), at, false) && text.substring(q.close(), at).indexOf('\n') < 0 ? q : null;
    }

    /**
     * The quote that opens the sentence beginning at or after {@code at} in the same paragraph ("“…,” he said.
     * “…”"), with only blanks between, or null.
     */
    public Quotations.Quote openingNextSentence(int at) {
        int i = lastOpeningBy(at - 1) + 1;
        if (i >= quotes.size()) {
            return null;
        }
        Quotations.Quote q = quotes.get(i);
        for (int c = at; c < q.open(); c++) { // stops at the first word: no copy of a long gap
            if (!Character.isWhitespace(text.charAt(c)) || text.charAt(c) == '\n') {
                return null;
            }
        }
        return q;
    }

    /** The quote that opens just after {@code at} behind a colon or comma (or nothing), or null. */
    public Quotations.Quote startingAfter(int at) {
        int i = lastOpeningBy(at - 1) + 1;
        if (i >= quotes.size()) {
            return null;
        }
        Quotations.Quote q = quotes.get(i);
        return onlyGlue(at, q.open(), true) ? q : null;
    }

    /**
     * The words of the quotes inside [from, to) as UTF-16 ranges {from, to}, clipped to it: the pieces of a
     * content that runs over its attribution. Walks only the quotes in the range.
     */
    public java.util.List<int[]> piecesWithin(int from, int to) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int i = Math.max(0, lastOpeningBy(from - 1)); i < quotes.size() && quotes.get(i).open() < to; i++) {
            Quotations.Quote q = quotes.get(i);
            int a = Math.max(q.innerFrom(), from);
            int b = Math.min(q.innerTo(), to);
            if (b > a) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    /** True when a quote lies wholly inside [from, to). */
    public boolean anyWithin(int from, int to) {
        int i = lastOpeningBy(from - 1) + 1;
        return i < quotes.size() && quotes.get(i).close() <= to;
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
