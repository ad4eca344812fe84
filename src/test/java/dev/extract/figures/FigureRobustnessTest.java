package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs must cost little: 200 kB of digits, separators, capitals, spaces or quotes through
 * the scanner and the rules (the tagger is not ours to time), and a smaller article through the whole
 * extractor.
 */
class FigureRobustnessTest {
    private static final String[] UNITS = {"1", "1,", "1.", "A", " ", "\"", "1,00", "twenty-", "a half ", "$1-", "1 to ",
        "1 ", "tens of ", "between 1 and ", "7-4 ", "3 – 1 ", "from 1 to ", "a.m."};

    @Test
    void scannerAndRulesAreLinear() {
        ContextReader reader = new ContextReader(Lexicon.get());
        for (String unit : UNITS) {
            String text = unit.repeat(200_000 / unit.length());
            long t0 = System.nanoTime();
            List<Word> words = WordScanner.scan(text, 0, text.length());
            SentenceView view = new SentenceView(null, List.of(), false);
            int found = 0;
            for (int i = 0; i < words.size(); i++) {
                ContextReader.Result r = reader.read(view, words, i);
                if (r != null) {
                    found += r.draft() == null ? 0 : 1;
                    i = Math.max(i, r.lastWord());
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 4000, "'" + unit + "' x200kB took " + ms + " ms (" + found + " figures)");
        }
    }

    @Test
    void wholeExtractorOnAnUglyArticle() {
        String text = ("Some 1,000,000 \"QUOTED\" 12,345.67 $5bn twenty-five 7/8/07 1. 2. 3 to 4 ").repeat(100);
        Document doc = new Segmenter().segment("ugly", text, null, null);
        long t0 = System.nanoTime();
        List<Figure> figures = new FigureExtractor().extract(doc, List.of());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3000, "took " + ms + " ms");
        assertTrue(!figures.isEmpty());
    }
}
