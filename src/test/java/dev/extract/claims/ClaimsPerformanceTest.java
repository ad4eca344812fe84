package dev.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.Complexity;
import dev.extract.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs must cost the claim patterns linear time: each case at 7.5 kB and 30 kB (segmented
 * beforehand, so only the claim patterns are measured); 4x the input must cost under 8x the CPU time,
 * where a quadratic pattern costs 16x. No absolute time is asserted.
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
            double ratio = Complexity.ratio(n -> SEGMENTER.segment("perf", "Headline\n\n" + Complexity.repeat(unit, n), null, null),
                    7_500, doc -> EXTRACTOR.extract(doc, List.of()));
            assertTrue(ratio < 8, "unit '" + unit.replace("\n", "\\n") + "': 4x the input took " + ratio + " times the CPU time");
        }
    }
}
