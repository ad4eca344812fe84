package dev.extract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.source.Dates;
import dev.extract.source.FieldNames;
import dev.extract.source.JsonRecords;
import dev.extract.source.SourceText;
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
    private final FieldNames fields;
    private volatile String id;

    /** @param fallbackId "SOURCE:LINE", used when the line has no readable id */
    JsonlJob(String line, String fallbackId, TextDecoder decoder) {
        this(line, fallbackId, decoder, FieldNames.DEFAULT);
    }

    /** A line read with the given field names (a news feed's, not ours). */
    JsonlJob(String line, String fallbackId, TextDecoder decoder, FieldNames fields) {
        this.line = line;
        this.fallbackId = fallbackId;
        this.decoder = decoder;
        this.fields = fields;
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
        JsonNode plain = node.get("text");
        if (!fields.isDefault() || plain == null || plain.isNull()) {
            // a feed record (NewsAPI, GDELT, --text-field ...): its text gains its title, and the output its source
            SourceText s = JsonRecords.toSource(node, fields, fallbackId, "json");
            id = s.id();
            decoder.check(s.text());
            return Loaded.of(s);
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
                reference = Dates.parse(ref.asText()); // a date-time with an offset: its calendar date
                if (reference == null) {
                    throw new InputException("bad-reference-date",
                            "referenceDate '" + ref.asText() + "' is not a YYYY-MM-DD date or ISO date-time");
                }
            }
        }
        return new Loaded(id, decoder.check(text.asText()), reference, null);
    }
}
