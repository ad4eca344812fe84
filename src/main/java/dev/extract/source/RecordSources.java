package dev.extract.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

/**
 * Streams the articles of a JSON document: an array of records, an object that wraps one (NewsAPI's and
 * GDELT's {@code articles}, or {@code items}, {@code data}, {@code results}...), or a single record.
 * One record is in memory at a time; a syntax error ends the stream with one error record after the
 * records already read.
 */
public final class RecordSources {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> WRAPPERS = Set.of("articles", "items", "data", "results", "docs", "records",
            "entries", "posts", "stories", "news", "value", "hits");

    private RecordSources() {
    }

    /** One record, read lazily: {@link #load()} runs on a worker thread. */
    public interface Item {
        String id();

        SourceText load() throws InputException;
    }

    /** The records of a JSON document; {@code name} prefixes fallback ids ({@code NAME:3} for the third). */
    public static Iterator<Item> json(InputStream in, String name, FieldNames fields) {
        return new JsonIterator(in, name, fields);
    }

    static Item failed(String id, InputException e) {
        return new Item() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public SourceText load() throws InputException {
                throw e;
            }
        };
    }

    static Item record(JsonNode node, String fallbackId, FieldNames fields, String format) {
        JsonNode idNode = node == null ? null : fields.id() != null ? JsonRecords.at(node, fields.id()) : null;
        String shownId = idNode != null && idNode.isValueNode() ? idNode.asText() : fallbackId;
        return new Item() {
            @Override
            public String id() {
                return shownId;
            }

            @Override
            public SourceText load() throws InputException {
                return JsonRecords.toSource(node, fields, fallbackId, format);
            }
        };
    }

    private static final class JsonIterator extends RecordStream {
        private final InputStream in;
        private final String name;
        private final FieldNames fields;
        private JsonParser parser;
        private boolean inArray;
        private boolean inWrapper;
        private boolean sawRoot;
        private int count;

        JsonIterator(InputStream in, String name, FieldNames fields) {
            super(in);
            this.in = in;
            this.name = name;
            this.fields = fields;
        }

        @Override
        Item failedRead(Exception e) {
            return failed(name + ":" + (count + 1), new InputException(
                    e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException ? "unreadable" : "bad-json",
                    "cannot read JSON after record " + count + ": " + firstLine(e.getMessage())));
        }

        @Override
        void closeReader() throws IOException {
            if (parser != null) {
                parser.close();
            }
        }

        /** The next record: root values one after another (JSON Lines written as .json too), arrays item by item. */
        @Override
        Item advance() throws IOException {
            if (parser == null) {
                parser = new JsonFactory(MAPPER).createParser(in);
            }
            while (true) {
                if (inArray) {
                    JsonToken t = parser.nextToken();
                    if (t != JsonToken.END_ARRAY && t != null) {
                        JsonNode node = MAPPER.readTree(parser);
                        count++;
                        return record(node, name + ":" + count, fields, "json");
                    }
                    inArray = false;
                    if (inWrapper) {
                        skipRestOfObject(); // the wrapper's other fields (status, totalResults)
                        inWrapper = false;
                    }
                    continue;
                }
                JsonToken root = parser.nextToken();
                if (root == null) {
                    finish();
                    return count == 0 && !sawRoot ? failed(name, new InputException("empty", "empty JSON input")) : null;
                }
                sawRoot = true;
                if (root == JsonToken.START_ARRAY) {
                    inArray = true;
                } else if (root == JsonToken.START_OBJECT) {
                    Item single = objectOrWrapper();
                    if (single != null) {
                        return single;
                    }
                } else {
                    finish();
                    return failed(name + ":" + (count + 1), new InputException("bad-json",
                            "JSON input must hold objects or arrays of objects, not a bare value"));
                }
            }
        }

        /** Reads a root object: a record, or (when it wraps an articles array) null with the array opened. */
        private Item objectOrWrapper() throws IOException {
            ObjectNode single = MAPPER.createObjectNode();
            JsonToken t = parser.nextToken();
            while (t == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && WRAPPERS.contains(field)) {
                    inArray = true;
                    inWrapper = true;
                    return null;
                }
                single.set(field, MAPPER.readTree(parser));
                t = parser.nextToken();
            }
            count++;
            return record(single, name + ":" + count, fields, "json");
        }

        private void skipRestOfObject() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
                parser.skipChildren();
            }
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
