package dev.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No pattern may backtrack catastrophically: 100 kB runs of the characters patterns care about (digits,
 * separators, capitals, spaces, quotes, currency signs) must go through the whole pipeline in bounded time.
 */
class AdversarialInputTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final int SIZE = 100_000;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("digits", "1".repeat(SIZE)),
                Arguments.of("digit groups", "1,".repeat(SIZE / 2)),
                Arguments.of("decimal points", "1.".repeat(SIZE / 2)),
                Arguments.of("spaced digits", "1 ".repeat(SIZE / 2)),
                Arguments.of("capitals", "A".repeat(SIZE)),
                Arguments.of("capital words", "Ab ".repeat(SIZE / 3)),
                Arguments.of("spaces", "a" + " ".repeat(SIZE) + "b"),
                Arguments.of("straight quotes", "\"".repeat(SIZE)),
                Arguments.of("curly quotes", "“a ".repeat(SIZE / 3)),
                Arguments.of("money", "$1.5bn ".repeat(SIZE / 7)),
                Arguments.of("dashes", "1-".repeat(SIZE / 2)),
                Arguments.of("month runs", "January 1, ".repeat(SIZE / 11)),
                Arguments.of("of chains", "tens of ".repeat(SIZE / 8)),
                Arguments.of("said chains", "Smith said that ".repeat(SIZE / 16)),
                Arguments.of("newlines", "A\n".repeat(SIZE / 2)),
                Arguments.of("mixed", "Mr. A. B. C. \"1,2,3\" – ".repeat(SIZE / 23)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void finishesInBoundedTime(String name, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EXTRACTOR.extract(name, text, LocalDate.of(2024, 1, 5)),
                name + ": 100 kB took too long");
    }
}
