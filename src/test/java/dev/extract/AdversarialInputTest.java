package dev.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No pattern may backtrack catastrophically: runs of the characters patterns care about (digits,
 * separators, capitals, spaces, quotes, currency signs) go through the whole pipeline at 10k and 40k
 * characters, and 4x the input must cost well under 16x (quadratic) the CPU time: under 8x. No absolute
 * time is asserted, so a busy machine cannot fail it (bin/bench keeps the timings).
 */
class AdversarialInputTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final int SIZE = 10_000;

    private static Arguments unit(String name, String unit) {
        return Arguments.of(name, (IntFunction<String>) n -> Complexity.repeat(unit, n));
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                unit("digits", "1"),
                unit("digit groups", "1,"),
                unit("decimal points", "1."),
                unit("spaced digits", "1 "),
                unit("capitals", "A"),
                unit("capital words", "Ab "),
                Arguments.of("spaces", (IntFunction<String>) n -> "a" + " ".repeat(n) + "b"),
                unit("straight quotes", "\""),
                unit("curly quotes", "“a "),
                unit("money", "$1.5bn "),
                unit("dashes", "1-"),
                unit("month runs", "January 1, "),
                unit("of chains", "tens of "),
                unit("said chains", "Smith said that "),
                unit("newlines", "A\n"),
                unit("mixed", "Mr. A. B. C. \"1,2,3\" – "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void costGrowsLinearly(String name, IntFunction<String> input) {
        double ratio = Complexity.ratio(input, SIZE, text -> EXTRACTOR.extract(name, text, LocalDate.of(2024, 1, 5)));
        assertTrue(ratio < 8, name + ": 4x the input took " + ratio + " times the CPU time");
    }
}
