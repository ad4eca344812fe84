package dev.extract.actors;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** 100 kB of capitals, digits, commas, spaces or quotes must finish fast: no rule may grow worse than linear. */
class ActorStressTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ActorExtractor EXTRACTOR = new ActorExtractor();

    private static void run(String unit) {
        String text = unit.repeat(100_000 / unit.length());
        Document doc = SEGMENTER.segment("stress", text, null, null);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> EXTRACTOR.extract(doc));
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
        run(b.toString());
    }
}
