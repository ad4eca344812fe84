package dev.extract;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.StringLength;

/**
 * The properties of {@link ExtractionPropertiesTest} with random seeds and more tries: run by
 * {@code mvn verify -Pexplore}, never by the default build. A failure prints its seed; turn the input it found
 * into a regression case before fixing it.
 */
@Tag("explore")
class ExtractionExplorationTest {
    @Property(tries = 1000)
    void anyUnicodeString(@ForAll @StringLength(max = 400) String text) throws Exception {
        ExtractionPropertiesTest.check(text);
    }

    @Property(tries = 3000)
    void newsLikeTokenSoup(@ForAll("newsSoup") String text) throws Exception {
        ExtractionPropertiesTest.check(text);
    }

    @Property(tries = 1000)
    void editedRealArticle(@ForAll("editedSeed") String text) throws Exception {
        ExtractionPropertiesTest.check(text);
    }

    @Provide
    Arbitrary<String> newsSoup() {
        return ExtractionPropertiesTest.newsSoup();
    }

    @Provide
    Arbitrary<String> editedSeed() {
        return ExtractionPropertiesTest.editedSeed();
    }
}
