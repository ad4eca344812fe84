package dev.extract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * Rows of cells as CSV (RFC 4180: comma, CRLF, double quotes doubled) or TSV (tab, LF, the same quoting).
 * Jackson's CSV writer does the quoting, so a comma, quote or line break in article text stays inside its
 * cell; it lives here so that only this package knows Jackson's output side. Thread-safe.
 */
public final class TableWriter {
    // quote only cells that need it (separator, quote, line break), as spreadsheets write them
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final ObjectWriter writer;

    public TableWriter(boolean tabs) {
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(tabs ? '\t' : ',')
                .withLineSeparator(tabs ? "\n" : "\r\n")
                .withNullValue("");
        this.writer = MAPPER.writer(schema);
    }

    /** The rows, each ended by the line separator; "" for no rows. */
    public String write(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        try {
            return writer.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write table row", e);
        }
    }
}
