package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The normaliser on its own, from {@code testdata/figures-numbers.tsv}. */
class NumberNormaliserTest {
    private static final NumberNormaliser NORMALISER = new NumberNormaliser();

    static Stream<String[]> cases() throws IOException {
        return Files.readAllLines(Path.of("testdata/figures-numbers.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalises(String words, String money, String expected) {
        List<String> parts = Arrays.asList(words.split(" "));
        BigDecimal got = NORMALISER.normalise(parts, money.equals("yes"));
        if (expected.equals("null")) {
            assertEquals(null, got, words);
        } else {
            assertTrue(got != null && new BigDecimal(expected).compareTo(got) == 0, words + ": expected " + expected + ", got " + got);
        }
    }

    @Test
    void integersNeverInENotation() {
        assertEquals("3000000", NORMALISER.normalise(List.of("3", "million"), false).toString());
    }
}
