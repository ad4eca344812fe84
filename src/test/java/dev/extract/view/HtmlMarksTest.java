package dev.extract.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlapping spans become well-nested marks: nested where they nest, split where they cross. */
class HtmlMarksTest {
    private static HtmlMarks.Span span(int start, int end, String kind, int rank) {
        return new HtmlMarks.Span(start, end, kind, rank, "", " id=\"" + kind + "\"");
    }

    private static String marks(String text, HtmlMarks.Span... spans) {
        StringBuilder out = new StringBuilder();
        HtmlMarks.write(out, text, List.of(spans));
        return out.toString();
    }

    @Test
    void nestedSpansNest() {
        assertEquals("<mark class=\"fact claim\" id=\"claim\">a <mark class=\"fact figure\" id=\"figure\">5%</mark> b</mark>",
                marks("a 5% b", span(0, 6, "claim", 0), span(2, 4, "figure", 3)));
    }

    @Test
    void crossingSpansSplitIntoAContinuation() {
        assertEquals("<mark class=\"fact claim\" id=\"claim\">ab<mark class=\"fact actor\" id=\"actor\">cd</mark></mark>"
                + "<mark class=\"fact actor cont\">ef</mark>",
                marks("abcdef", span(0, 4, "claim", 0), span(2, 6, "actor", 1)));
    }

    @Test
    void sameSpanOrdersByKindAndOffsetsAreCodePoints() {
        assertEquals("\uD835\uDC00 <mark class=\"fact actor\" id=\"actor\"><mark class=\"fact figure\" id=\"figure\">"
                + "&lt;b&gt;</mark></mark>",
                marks("\uD835\uDC00 <b>", span(2, 5, "figure", 3), span(2, 5, "actor", 1)));
    }

    @Test
    void spansOutsideTheTextAreIgnored() {
        assertEquals("abc", marks("abc", span(2, 9, "figure", 3), span(1, 1, "date", 2)));
    }
}
