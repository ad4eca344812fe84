package dev.extract.source;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the rows of a CSV or TSV file with a header row (Jackson's CSV dataformat: quoted fields,
 * embedded newlines). Each row is one record, its columns named by the header, read with
 * {@link FieldNames} like a JSON record. A row with more or fewer cells than the header is an error
 * record of its own; the rows after it are still read.
 */
public final class CsvRecords {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRecords() {
    }

    public static Iterator<RecordSources.Item> rows(InputStream in, String name, FieldNames fields, char separator) {
        return new RowIterator(in, name, fields, separator);
    }

    private static final class RowIterator extends RecordStream {
        private final InputStream in;
        private final String name;
        private final FieldNames fields;
        private final char separator;
        private MappingIterator<List<String>> rows;
        private List<String> header;
        private int line;

        RowIterator(InputStream in, String name, FieldNames fields, char separator) {
            super(in);
            this.in = in;
            this.name = name;
            this.fields = fields;
            this.separator = separator;
        }

        @Override
        RecordSources.Item failedRead(Exception e) {
            return RecordSources.failed(name + ":" + (line + 1), new InputException(
                    e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException ? "unreadable" : "bad-csv",
                    "cannot read CSV after row " + line + ": " + RecordSources.firstLine(e.getMessage())));
        }

        @Override
        RecordSources.Item advance() throws IOException {
            if (rows == null) {
                CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
                rows = MAPPER.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema)
                        .readValues(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            while (rows.hasNextValue()) {
                List<String> row = rows.nextValue();
                line++;
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue; // blank line
                }
                if (header == null) {
                    header = row.stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
                    continue;
                }
                String id = name + ":" + line;
                if (row.size() != header.size()) {
                    return RecordSources.failed(id, new InputException("bad-csv", "row " + line + " has " + row.size()
                            + " cells but the header has " + header.size()));
                }
                ObjectNode record = JsonNodeFactory.instance.objectNode();
                for (int i = 0; i < header.size(); i++) {
                    record.put(header.get(i), row.get(i));
                }
                return RecordSources.record(record, id, fields, "csv");
            }
            return null;
        }
    }
}
