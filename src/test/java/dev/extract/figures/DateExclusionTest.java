package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.extract.dates.DateMention;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number inside a date mention the dates extractor found is not a figure. */
class DateExclusionTest {

    @Test
    void numbersInsideDateMentionsAreDropped() {
        String text = "The 300 stores opened with 40 staff.";
        Document doc = new Segmenter().segment("d", text, null, null);
        FigureExtractor fx = new FigureExtractor();
        assertEquals(2, fx.extract(doc, List.of()).size());
        int at = text.indexOf("300");
        DateMention m = new DateMention("d1", "300", at, at + 3, 0, "DATE", "0300", null, null, null, "year", "test");
        List<Figure> left = fx.extract(doc, List.of(m));
        assertEquals(1, left.size());
        assertEquals("40", left.get(0).text());
        assertEquals("f1", left.get(0).id());
    }
}
