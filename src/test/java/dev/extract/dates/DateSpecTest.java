package dev.extract.dates;

import dev.extract.spec.SpecCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The dates spec corpus, {@code testdata/dates.tsv}, read by {@link DateSpecFormat}. */
class DateSpecTest {
    @TestFactory
    Stream<DynamicTest> spec() {
        return SpecCorpus.of("testdata/dates.tsv").columns(7, 7).atLeast(300).run(new DateSpecFormat());
    }
}
