package dev.extract.figures;

import dev.extract.spec.SpecCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The figures spec corpus, {@code testdata/figures.tsv} (see its header), read by {@link FigureSpecFormat}. */
class FigureSpecTest {
    @TestFactory
    Stream<DynamicTest> spec() {
        return SpecCorpus.of("testdata/figures.tsv").withHeaderRow().columns(2, 11).atLeast(300)
                .run(new FigureSpecFormat());
    }
}
