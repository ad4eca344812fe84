package dev.extract.view;

import dev.extract.Article;
import dev.extract.json.TableWriter;
import java.util.List;

/**
 * CSV (RFC 4180: comma, CRLF, double quotes doubled) or TSV (tab, LF, the same quoting) with one header row
 * per stream or file; {@link TableWriter} does the quoting.
 */
final class TableRenderer implements Renderer {
    private final Table table;
    private final boolean tabs;
    private final TableWriter writer;

    TableRenderer(Table table, boolean tabs) {
        this.table = table;
        this.tabs = tabs;
        this.writer = new TableWriter(tabs);
    }

    @Override
    public String prologue() {
        return writer.write(List.<Object[]>of(TableRows.columns(table).toArray()));
    }

    @Override
    public String render(Article article, String text) {
        return writer.write(TableRows.rows(table, article));
    }

    @Override
    public String extension() {
        return tabs ? "tsv" : "csv";
    }
}
