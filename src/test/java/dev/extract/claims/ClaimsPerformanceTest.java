package dev.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs must cost the claim patterns little next to tagging. 30 kB a case rather than 100 kB,
 * as OpenNLP alone takes minutes on a 100 kB sentence; a quadratic pattern still shows at this size.
 */
class ClaimsPerformanceTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @Test
    void pathologicalInputsFinishFast() {
        // units hold spaces: OpenNLP's tokenizer itself is slow on one 100 kB word, which is not this test's concern
        List<String> units = List.of("1, ", "A ", "\u201C ", "\u201CYes,\u201D he said. ",
                "said ", "according to ", "X said that ", "\u201CNo\n\n", "A, B, said ");
        for (String unit : units) {
            String text = "Headline\n\n" + unit.repeat(30_000 / unit.length());
            Document doc = SEGMENTER.segment("perf", text, null, null);
            long t0 = System.nanoTime();
            EXTRACTOR.extract(doc, List.of());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 500, "unit '" + unit.replace("\n", "\\n") + "' took " + ms + " ms");
        }
    }
}
