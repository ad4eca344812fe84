package dev.extract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The only code that knows the output formats: an {@link Article} or an error record as one compact JSON
 * line or as pretty-printed JSON. Thread-safe.
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = OutputMixIns.register(new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS));
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final ObjectWriter writer;

    public JsonOutput(boolean pretty) {
        this.writer = pretty ? PRETTY : COMPACT;
    }

    /** The article as JSON, without a trailing newline. */
    public String write(Article article) {
        return serialise(article);
    }

    /** {@code {"id": ..., "error": {"code": ..., "message": ...}}} */
    public String writeError(String id, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("error", error);
        record.put("generator", GeneratorProperty.GENERATOR);
        return serialise(record);
    }

    private String serialise(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise output", e);
        }
    }

    /** The JSON Schema (draft 2020-12) of an output line: an article or an error record. */
    public static String schema() {
        try (InputStream in = JsonOutput.class.getResourceAsStream("/dev/extract/json/schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
