package dev.extract.claims;

import dev.extract.spec.SpecCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The claims spec corpus, {@code testdata/claims.tsv}, read by {@link ClaimsSpecFormat}. */
class ClaimsSpecTest {
    @TestFactory
    Stream<DynamicTest> spec() {
        return SpecCorpus.of("testdata/claims.tsv").atLeast(41).run(new ClaimsSpecFormat());
    }
}
