package dev.extract.text;

/**
 * A run of text between blank lines (a paragraph), or a single line of page furniture cut out of one.
 * UTF-16 range; {@code paragraph} is the index of the blank-line paragraph it belongs to; {@code kind} says
 * how the extractors should treat it.
 */
public record Block(int index, int paragraph, int from, int to, Kind kind) {

    public enum Kind {
        /** The article's title: the first short paragraph without end punctuation. */
        HEADLINE,
        /** A line that only dates (and perhaps places) the article: "June 13, 2005", "LONDON, Jan 5 (Reuters) -". */
        DATELINE,
        /** Page furniture: "Open Image Modal", "Advertisement", photo credits. */
        FURNITURE,
        /** Ordinary running text. */
        BODY
    }

    public boolean isBody() {
        return kind == Kind.BODY;
    }
}
