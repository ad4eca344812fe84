package dev.extract.view;

/** Picks the renderer for a format and its settings. */
public final class Renderers {
    private Renderers() {
    }

    /**
     * @param pretty indented JSON (ignored by other formats)
     * @param table  the table for tsv and csv (required there, ignored elsewhere)
     * @param colour ANSI colours in the text summary
     */
    public static Renderer of(OutputFormat format, boolean pretty, Table table, boolean colour) {
        return switch (format) {
            case JSON, JSONL -> new JsonRenderer(pretty);
            case TSV -> new TableRenderer(table, true);
            case CSV -> new TableRenderer(table, false);
            case TEXT -> new TextRenderer(colour);
            case HTML -> new HtmlRenderer();
        };
    }
}
