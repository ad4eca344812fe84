package dev.extract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.text.InputException;
import dev.extract.text.TextDecoder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One line of a JSON Lines input: {"id": ..., "text": ..., "referenceDate": "YYYY-MM-DD" | null}. */
final class JsonlJob implements Job {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String line;
    private final String fallbackId;
    private final TextDecoder decoder;
    private volatile String id;

    /** @param fallbackId "SOURCE:LINE", used when the line has no readable id */
    JsonlJob(String line, String fallbackId, TextDecoder decoder) {
        this.line = line;
        this.fallbackId = fallbackId;
        this.decoder = decoder;
        this.id = fallbackId;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String outputName() {
        return id.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }

    @Override
    public Loaded load() throws InputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException("bad-json", "malformed JSON line: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputException("bad-json", "a JSON Lines input line must be an object");
        }
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            id = idNode.isTextual() ? idNode.asText() : idNode.toString();
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputException("bad-json", "line has no \"text\" string (" + fallbackId + ")");
        }
        LocalDate reference = null;
        JsonNode ref = node.get("referenceDate");
        if (ref != null && !ref.isNull()) {
            try {
                reference = LocalDate.parse(ref.asText());
            } catch (DateTimeParseException e) {
                throw new InputException("bad-reference-date",
                        "referenceDate '" + ref.asText() + "' is not a YYYY-MM-DD date");
            }
        }
        return new Loaded(id, decoder.check(text.asText()), reference, null);
    }
}
