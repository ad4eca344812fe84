package dev.extract.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.Complexity;
import dev.extract.text.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * Capitals, digits, commas, spaces or quotes: no rule may grow worse than linear. The extractor runs on
 * 25 kB and 100 kB of each; 4x the input must cost under 8x the CPU time (quadratic would be 16x).
 */
class ActorStressTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ActorExtractor EXTRACTOR = new ActorExtractor();

    private static void run(String unit) {
        double ratio = Complexity.ratio(n -> SEGMENTER.segment("stress", Complexity.repeat(unit, n), null, null),
                25_000, EXTRACTOR::extract);
        assertTrue(ratio < 8, "4x the input took " + ratio + " times the CPU time");
    }

    @Test
    void capitals() {
        run("ABC DEF GHI ");
    }

    @Test
    void capitalisedWordsWithConnectors() {
        run("Ministry of Alpha and Beta Company ");
    }

    @Test
    void commaSeparatedNames() {
        run("Smith, Jones, Lee, ");
    }

    @Test
    void digitsCommasQuotes() {
        run("1,234 \"' ");
    }

    @Test
    void distinctNames() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; b.length() < 100_000; k++) {
            b.append("Zed").append(Integer.toString(k, 26).replaceAll("[0-9]", "q")).append(" Corp, ");
        }
        String all = b.toString();
        double ratio = Complexity.ratio(n -> SEGMENTER.segment("stress", all.substring(0, n), null, null),
                25_000, EXTRACTOR::extract);
        assertTrue(ratio < 8, "4x the names took " + ratio + " times the CPU time");
    }
}
