package dev.extract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.Extractor;
import org.junit.jupiter.api.Test;

/** Every record says which build wrote it; the version is the build's, filled in by Maven. */
class GeneratorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void articlesAndErrorRecordsNameTheGenerator() throws Exception {
        JsonOutput out = new JsonOutput(false);
        JsonNode article = MAPPER.readTree(out.write(new Extractor().extract("a", "Reuters said so on Monday.", null)));
        JsonNode error = MAPPER.readTree(out.writeError("b", "empty", "empty input"));
        for (JsonNode record : new JsonNode[] {article, error}) {
            assertEquals("extract", record.get("generator").get("name").asText());
            String version = record.get("generator").get("version").asText();
            assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), "a version from the build, not a placeholder: " + version);
        }
    }
}
