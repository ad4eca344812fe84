package dev.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.extract.Extractor;
import dev.extract.FactKind;
import dev.extract.json.JsonOutput;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Properties of the extractor as a whole: schema, order, offsets, speed on hostile input, sharing between threads. */
class DateExtractorTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final DateExtractor EXTRACTOR = new DateExtractor();

    private static String article() throws Exception {
        return Files.readString(Path.of("testdata/putin-recruitment.txt"));
    }

    @Test
    void outputFollowsTheSchema() throws Exception {
        var article = new Extractor(EnumSet.of(FactKind.DATES)).extract("seed", article(), LocalDate.of(2024, 1, 5));
        assertTrue(article.dates().size() >= 15);
        String json = new JsonOutput(false).write(article);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JsonOutput.schema());
        Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void idsInTextOrderAndSpansMatchTheText() throws Exception {
        String text = article();
        Document doc = SEGMENTER.segment("seed", text, LocalDate.of(2024, 1, 5), null);
        List<DateMention> dates = EXTRACTOR.extract(doc);
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            assertEquals("d" + (i + 1), d.id());
            assertEquals(new String(cps, d.start(), d.end() - d.start()), d.text());
            if (i > 0) {
                assertTrue(dates.get(i - 1).start() <= d.start());
            }
        }
    }

    /** The extractor's work grows linearly: 4x the input (5 kB to 20 kB, segmented beforehand) under 8x the CPU time. */
    @Test
    void hostileInputCostsLinearTime() {
        // the last two: clock times and days in one long sentence, which each clock time searches for its day
        String[] fillers = {"1,", "A ", "\"", "May 2000-", "12:1/", "the end of ", "at 9:15 a.m. on Tuesday and ", "noon Thursday, 6:40 "};
        for (String f : fillers) {
            double ratio = dev.extract.Complexity.ratio(
                    n -> SEGMENTER.segment("hostile", dev.extract.Complexity.repeat(f, n), LocalDate.of(2024, 1, 5), null),
                    5_000, EXTRACTOR::extract);
            assertTrue(ratio < 8, "input of \"" + f + "\": 4x the input took " + ratio + " times the CPU time");
        }
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        Document doc = SEGMENTER.segment("seed", article(), LocalDate.of(2024, 1, 5), null);
        List<DateMention> expected = EXTRACTOR.extract(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DateMention>>> runs = pool.invokeAll(java.util.Collections.nCopies(16, () -> EXTRACTOR.extract(doc)));
            for (Future<List<DateMention>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
