package dev.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once crashed or broke an invariant of the whole extraction (found on dev sets or by
 * {@code -Pexplore}), run through every extractor with the checks of {@link ExtractionPropertiesTest}.
 */
class RegressionInputsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // a cue verb opening the article: the subject look-back started before the first token (units-rt)
        "Refers to 48.5 MGBP purchase price already paid",
    })
    void extractsWithoutBreakingAnInvariant(String text) throws Exception {
        ExtractionPropertiesTest.check(text);
    }
}
