package dev.extract.actors;

import dev.extract.spec.SpecCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The actors spec corpus, {@code testdata/actors.tsv}, read by {@link ActorSpecFormat}. */
class ActorSpecTest {
    @TestFactory
    Stream<DynamicTest> spec() {
        return SpecCorpus.of("testdata/actors.tsv").columns(2, 2).run(new ActorSpecFormat());
    }
}
