package dev.extract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.extract.Article;
import dev.extract.Extractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real output, and error records, validate against the schema that --schema prints. */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonOutput.schema());

    static Set<ValidationMessage> validate(String json) throws Exception {
        return SCHEMA.validate(MAPPER.readTree(json));
    }

    @Test
    void everyTestdataArticleValidates() throws Exception {
        Extractor ex = new Extractor();
        JsonOutput out = new JsonOutput(false);
        try (Stream<Path> files = Files.list(Path.of("testdata"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Article a = ex.extract(p.toString(), Files.readString(p), LocalDate.of(2024, 1, 5));
                Set<ValidationMessage> errors = validate(out.write(a));
                assertTrue(errors.isEmpty(), p + ": " + errors);
            }
        }
    }

    @Test
    void errorRecordValidates() throws Exception {
        assertTrue(validate(new JsonOutput(false).writeError("x.txt", "empty", "empty input")).isEmpty());
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        String good = new JsonOutput(false).write(new Extractor().extract("a", "Reuters said so on Monday.", null));
        ObjectNode missingArray = (ObjectNode) MAPPER.readTree(good);
        missingArray.remove("claims");
        assertFalse(SCHEMA.validate(missingArray).isEmpty(), "arrays are always present");
        ObjectNode badDate = (ObjectNode) MAPPER.readTree(good);
        badDate.put("referenceDate", "05/01/2024");
        assertFalse(SCHEMA.validate(badDate).isEmpty());
        JsonNode unknownCode = MAPPER.readTree("{\"id\":\"x\",\"error\":{\"code\":\"oops\",\"message\":\"m\"}}");
        assertEquals(false, SCHEMA.validate(unknownCode).isEmpty());
    }

    /** Every field of the output is documented where a user of the schema looks for it. */
    @Test
    void everyFieldHasADescription() throws Exception {
        java.util.List<String> missing = new java.util.ArrayList<>();
        undescribed(MAPPER.readTree(JsonOutput.schema()), "", missing);
        assertTrue(missing.isEmpty(), "fields without a description in schema.json: " + missing);
    }

    private static void undescribed(JsonNode node, String pointer, java.util.List<String> missing) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(field -> {
                    if (!field.getValue().has("description")) {
                        missing.add(pointer + "/properties/" + field.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(child -> undescribed(child.getValue(), pointer + "/" + child.getKey(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                undescribed(node.get(i), pointer + "/" + i, missing);
            }
        }
    }
}
