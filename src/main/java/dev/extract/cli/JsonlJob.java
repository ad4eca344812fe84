package dev.extract.cli;

import dev.extract.text.ReferenceDate;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.source.Dates;
import dev.extract.source.FieldNames;
import dev.extract.source.JsonRecords;
import dev.extract.source.SourceText;
import dev.extract.source.InputException;
import java.io.IOException;
import java.time.LocalDate;

/**
 * One line of a JSON Lines input: {"id": ..., "text": ..., "referenceDate": "YYYY-MM-DD" | null}. A line
 * holds exactly one object: a second value or any other text after it, and a key given twice, make the
 * line an error record (which of two texts was meant cannot be known). Messages are plain words, with
 * the column where the line went wrong.
 */
final class JsonlJob implements Job {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String line;
    private final String fallbackId;
    private final TextDecoder decoder;
    private final String lineWarning;
    private final FieldNames fields;
    private volatile String id;

    /**
     * @param fallbackId  "SOURCE:LINE", used when the line has no readable id
     * @param lineWarning what was wrong with the line's bytes (not UTF-8), or null
     * @param fields      the field names to read (a news feed's, or ours)
     */
    JsonlJob(String line, String fallbackId, TextDecoder decoder, String lineWarning, FieldNames fields) {
        this.line = line;
        this.fallbackId = fallbackId;
        this.decoder = decoder;
        this.lineWarning = lineWarning;
        this.fields = fields;
        this.id = fallbackId;
    }

    JsonlJob(String line, String fallbackId, TextDecoder decoder) {
        this(line, fallbackId, decoder, null, FieldNames.DEFAULT);
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
    public long weight() {
        return line.length();
    }

    @Override
    public Loaded load() throws InputException {
        JsonNode node = parse();
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
            reference = Main.parseDate(ref.asText());
            if (reference == null) {
                reference = Dates.parse(ref.asText()); // a date-time with an offset: its calendar date
            }
            if (reference == null) {
                throw new InputException("bad-reference-date", "referenceDate '" + ref.asText()
                        + "' is not a YYYY-MM-DD date (year 0001 to 9999) or an ISO date-time");
            }
        }
        TextDecoder.Decoded d = decoder.checked(text.asText());
        String warning = lineWarning == null ? d.warning().orElse(null)
                : d.warning().map(w -> lineWarning + "; " + w).orElse(lineWarning);
        return new Loaded(id, d.text(), ReferenceDate.of(ReferenceDate.Evidence.INPUT_FIELD, reference), warning);
    }

    private JsonNode parse() throws InputException {
        try (JsonParser p = MAPPER.createParser(line)) {
            JsonNode node = MAPPER.readTree(p);
            JsonToken after = p.nextToken();
            if (after != null) {
                long column = p.currentTokenLocation().getColumnNr();
                throw new InputException("bad-json", "malformed JSON line: "
                        + (after == JsonToken.START_OBJECT ? "a second object" : "more text") + " after the object at column "
                        + column + " (one object per line)");
            }
            return node;
        } catch (JsonParseException e) {
            throw new InputException("bad-json", "malformed JSON line: " + plain(e));
        } catch (JsonProcessingException e) {
            throw new InputException("bad-json", "malformed JSON line: " + plain(e));
        } catch (IOException e) {
            throw new InputException("bad-json", "malformed JSON line: cannot be read");
        }
    }

    // Jackson's own wording names its classes and features; the user gets the reason and the column.
    private static String plain(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        if (m.startsWith("Duplicate field")) {
            int q = m.indexOf('\'');
            return "the key " + (q >= 0 ? m.substring(q).replace('\'', '"') : "") + " appears twice" + column;
        }
        if (m.contains("end-of-input") || m.contains("end of input")) {
            return "the line ends before the object does" + column;
        }
        if (m.startsWith("Unexpected character")) {
            int open = m.indexOf("('");
            int close = m.indexOf("' (code", open);
            String ch = open >= 0 && close > open ? " '" + m.substring(open + 2, close) + "'" : "";
            return "unexpected character" + ch + column;
        }
        if (m.contains("Unrecognized token")) {
            return "a word that is not JSON" + column;
        }
        return "not valid JSON" + column;
    }
}
