package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.Complexity;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs must cost linear time: digits, separators, capitals, spaces or quotes through the
 * scanner and the rules (the tagger is not ours to time) at 50 kB and 200 kB, and an ugly article through
 * the whole figure extractor at 25 and 100 copies. 4x the input must cost under 8x the CPU time
 * (quadratic would be 16x); no absolute time is asserted.
 */
class FigureRobustnessTest {
    private static final String[] UNITS = {"1", "1,", "1.", "A", " ", "\"", "1,00", "twenty-", "a half ", "$1-", "1 to ",
        "1 ", "tens of ", "between 1 and ", "7-4 ", "3 – 1 ", "from 1 to ", "a.m."};

    @Test
    void scannerAndRulesAreLinear() {
        ContextReader reader = new ContextReader(Lexicon.get());
        for (String unit : UNITS) {
            double ratio = Complexity.ratio(n -> Complexity.repeat(unit, n), 50_000, text -> {
                List<Word> words = WordScanner.scan(text, 0, text.length());
                SentenceView view = new SentenceView(null, List.of(), false);
                for (int i = 0; i < words.size(); i++) {
                    ReadResult r = reader.read(view, words, i);
                    if (r != null) {
                        i = Math.max(i, r.lastWord());
                    }
                }
            });
            assertTrue(ratio < 8, "'" + unit + "': 4x the input took " + ratio + " times the CPU time");
        }
    }

    @Test
    void wholeExtractorOnAnUglyArticle() {
        String unit = "Some 1,000,000 \"QUOTED\" 12,345.67 $5bn twenty-five 7/8/07 1. 2. 3 to 4 ";
        Segmenter segmenter = new Segmenter();
        FigureExtractor extractor = new FigureExtractor();
        Document doc = segmenter.segment("ugly", unit.repeat(25), null, null);
        assertTrue(!extractor.extract(doc, List.of()).isEmpty());
        double ratio = Complexity.ratio(n -> segmenter.segment("ugly", unit.repeat(n), null, null), 25,
                d -> extractor.extract(d, List.of()));
        assertTrue(ratio < 8, "4x the article took " + ratio + " times the CPU time");
    }
}
