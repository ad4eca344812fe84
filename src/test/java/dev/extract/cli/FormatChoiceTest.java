package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --format json and jsonl say what the defaults guess: indented objects, or one line each. */
class FormatChoiceTest {
    @Test
    void jsonlForOneArticleIsOneLine() throws Exception {
        CliRun r = CliRun.of("--format", "jsonl", MainTest.SEED.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.out().lines().count());
        assertEquals(MainTest.SEED.toString(), r.lines().get(0).get("id").asText());
    }

    @Test
    void jsonForABatchIsIndentedObjectsInOrder() throws Exception {
        CliRun r = CliRun.of("--format", "json", "testdata/");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().count() > 100, "indented");
        List<JsonNode> docs;
        try (MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class).readValues(r.out())) {
            docs = it.readAll();
        }
        List<JsonNode> lines = CliRun.of("testdata/").lines();
        assertEquals(lines, docs, "the same records as JSON Lines");
    }

    @Test
    void theDefaultIsUnchanged() throws Exception {
        assertTrue(CliRun.of(MainTest.SEED.toString()).out().startsWith("{\n"));
        assertEquals(CliRun.testdataArticles(), CliRun.of("testdata/").out().lines().count());
    }
}
