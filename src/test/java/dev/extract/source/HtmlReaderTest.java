package dev.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pages whose shape is extreme: the readers walk them without recursion and in linear time. */
class HtmlReaderTest {
    private static final String PARAGRAPH = "The council said the plan would cost 4 million pounds over three years, "
            + "and that work would start in the spring after a public consultation.";

    @Test
    void aPageNestedThousandsDeepStillGivesItsText() {
        int depth = 20_000;
        String html = "<html><body>" + "<div class=\"widget\">".repeat(depth) + "<p>" + PARAGRAPH + "</p>"
                + "</div>".repeat(depth) + "</body></html>";
        SourceText t = HtmlReader.read("deep", html, null);
        assertTrue(t.text().contains(PARAGRAPH), t.text());
    }

    @Test
    void aPageOfThousandsOfBoxesKeepsTheOneStory() {
        StringBuilder html = new StringBuilder("<html><head><title>Budget plan</title></head><body>");
        for (int i = 0; i < 5_000; i++) {
            html.append("<div class=\"sidebar\"><a href=\"/s/").append(i).append("\">Teaser ").append(i).append("</a></div>");
        }
        html.append("<div class=\"story\"><p>").append(PARAGRAPH).append("</p><p>").append(PARAGRAPH.replace("spring", "autumn"))
                .append("</p></div></body></html>");
        SourceText t = HtmlReader.read("wide", html.toString(), null);
        assertEquals("Budget plan", t.title());
        assertTrue(t.text().contains("autumn") && !t.text().contains("Teaser"), t.text());
    }
}
