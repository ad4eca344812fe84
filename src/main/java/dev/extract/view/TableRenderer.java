package dev.extract.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.extract.Article;
import java.util.List;

/**
 * CSV (RFC 4180: comma, CRLF, double quotes doubled) or TSV (tab, LF, the same quoting) with one header row
 * per stream or file. Jackson's CSV writer does the quoting, so a comma, quote or line break in article
 * text stays inside its cell.
 */
final class TableRenderer implements Renderer {
    // quote only cells that need it (separator, quote, line break), as spreadsheets write them
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final Table table;
    private final boolean tabs;
    private final ObjectWriter writer;

    TableRenderer(Table table, boolean tabs) {
        this.table = table;
        this.tabs = tabs;
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(tabs ? '\t' : ',')
                .withLineSeparator(tabs ? "\n" : "\r\n")
                .withNullValue("");
        this.writer = MAPPER.writer(schema);
    }

    @Override
    public String prologue() {
        return write(List.<Object[]>of(TableRows.columns(table).toArray()));
    }

    @Override
    public String render(Article article, String text) {
        return write(TableRows.rows(table, article));
    }

    private String write(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        try {
            return writer.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write table row", e);
        }
    }

    @Override
    public String extension() {
        return tabs ? "tsv" : "csv";
    }
}
