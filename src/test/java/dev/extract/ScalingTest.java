package dev.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.json.JsonOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "No input costs more than linear time", checked: each input shape goes through the whole pipeline
 * (segmentation, tagging, every extractor, JSON) at n and 4n characters, and both the CPU time and the
 * size of the output must grow with an exponent of at most 1.2 (linear is 1, quadratic 2). Only ratios
 * are compared, never absolute times, so a busy machine cannot fail it; bin/bench keeps the timings.
 */
class ScalingTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final JsonOutput JSON = new JsonOutput(false);
    private static final int N = 20_000;
    private static final double MAX_EXPONENT = 1.2;

    static Stream<Arguments> shapes() throws Exception {
        String seed = Files.readString(Path.of("testdata/putin-recruitment.txt"));
        String oneLine = seed.replaceAll("\\s+", " ");
        return Stream.of(
                shape("news", n -> Complexity.repeat(seed + "\n\n", n)),
                shape("short lines", n -> Complexity.repeat("A.\n", n)),
                shape("long lines", n -> Complexity.repeat(oneLine + " ", n)),
                shape("digit runs", n -> "1".repeat(n)),
                shape("quote runs", n -> "\"".repeat(n)),
                shape("said-chains", n -> Complexity.repeat("the minister said that ", n)),
                shape("capital runs", n -> Complexity.repeat("Alpha Beta Gamma Delta ", n)),
                shape("no spaces", n -> Complexity.repeat("abcdefghij", n)));
    }

    private static Arguments shape(String name, IntFunction<String> input) {
        return Arguments.of(name, input);
    }

    private static String run(String text) {
        return JSON.write(EXTRACTOR.extract("scaling", text, LocalDate.of(2024, 1, 5)));
    }

    /** The bar: 69 kB of "the minister said that" without a full stop gave 104 MB of JSON. */
    @Test
    void aSaidChainGivesOutputLinearInTheInput() {
        String chain = Complexity.repeat("the minister said that ", 69_000) + "taxes rose.";
        int bytes = run(chain).length();
        assertTrue(bytes < 1_000_000, "69 kB of said-chain gave " + bytes + " characters of JSON");
        // nesting as real reporting has it is kept
        Article a = EXTRACTOR.extract("nested", "Headline\n\nThe minister said that the mayor said that taxes rose.", null);
        assertTrue(a.claims().size() >= 2, a.claims().toString());
    }

    /** 100,000 digits were written as a JSON number Python rejects and jq reads as 1.8e308. */
    @Test
    void aNumberBeyondDoubleRangeIsNotAFigure() {
        Article a = EXTRACTOR.extract("big", "The debt was 1" + "0".repeat(400) + " dollars, and 302,000 people paid it.", null);
        assertEquals(1, a.figures().size(), a.figures().toString());
        assertEquals("302,000", a.figures().get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void timeAndOutputGrowLinearly(String name, IntFunction<String> input) {
        double output = (double) run(input.apply(4 * N)).length() / run(input.apply(N)).length();
        assertTrue(Complexity.exponent(output) <= MAX_EXPONENT,
                name + ": output grew " + output + " times from n to 4n");
        double time = Complexity.ratio(input, N, ScalingTest::run);
        assertTrue(Complexity.exponent(time) <= MAX_EXPONENT,
                name + ": CPU time grew " + time + " times from n to 4n (exponent " + Complexity.exponent(time) + ")");
    }
}
