package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.lang.Coded;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure value sets of schema.json are the codes of the enums the extractor writes, in the same order. */
class FigureSchemaEnumsTest {

    @Test
    void kindQualifierAndChangeListTheEnumCodes() throws IOException {
        JsonNode figure;
        try (InputStream in = getClass().getResourceAsStream("/dev/extract/json/schema.json")) {
            figure = new ObjectMapper().readTree(in).path("$defs").path("figure").path("properties");
        }
        assertEquals(codes(FigureKind.values()), schemaEnum(figure, "kind"));
        assertEquals(codes(Qualifier.values()), schemaEnum(figure, "qualifier"));
        assertEquals(codes(Direction.values()), schemaEnum(figure, "change"));
    }

    private static List<String> codes(Coded[] values) {
        List<String> out = new ArrayList<>();
        for (Coded v : values) {
            out.add(v.code());
        }
        return out;
    }

    private static List<String> schemaEnum(JsonNode properties, String field) {
        List<String> out = new ArrayList<>();
        properties.path(field).path("enum").forEach(n -> out.add(n.asText()));
        return out;
    }
}
