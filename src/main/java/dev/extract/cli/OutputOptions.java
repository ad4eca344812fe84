package dev.extract.cli;

import dev.extract.view.OutputFormat;
import dev.extract.view.Renderer;
import dev.extract.view.Renderers;
import dev.extract.view.Table;
import picocli.CommandLine.Option;

/** The options that choose what the output looks like (a mixin, so that Main stays about running). */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (one indented object per article), jsonl (one line per article), csv or tsv "
                    + "(one table, see --table), html (an annotated page) or text (a summary to read). "
                    + "Default: json for one input, jsonl for several.")
    String format;

    @Option(names = "--table", paramLabel = "TABLE",
            description = "The table --format csv or tsv writes: figures, dates, actors, claims or claim-figures "
                    + "(one row per figure a claim carries, with its speaker, cue and dates).")
    String table;

    @Option(names = "--compact", description = "One line per article, even for a single input (--format jsonl).")
    boolean compact;

    @Option(names = "--pretty", description = "Indented JSON, even for several inputs (--format json).")
    boolean pretty;

    @Option(names = {"-q", "--quiet"},
            description = "No progress line and no closing summary on a terminal (errors are still shown).")
    boolean quiet;

    @Option(names = "--skip-existing",
            description = "With -o DIR: skip inputs whose output file is there already (resume a run that stopped).")
    boolean skipExisting;

    /** The renderer the options ask for; {@code single} is one input, whose JSON is indented by default. */
    Renderer renderer(boolean single) {
        if (compact && pretty) {
            throw new Main.UsageException("--compact and --pretty exclude each other");
        }
        OutputFormat f = parsedFormat();
        Table t = parsedTable(f);
        if (f == null) {
            return Renderers.of(OutputFormat.JSONL, pretty || single && !compact, null, false);
        }
        if (compact && f != OutputFormat.JSONL || pretty && f != OutputFormat.JSON) {
            throw new Main.UsageException((compact ? "--compact" : "--pretty") + " does not go with --format " + f
                    + " (--format json is indented, jsonl is compact)");
        }
        return Renderers.of(f, f == OutputFormat.JSON, t, f == OutputFormat.TEXT && Terminal.colourOnStdout());
    }

    /** True when a failed input becomes a record in the output (JSON Lines), not only a line on stderr. */
    boolean errorRecords(boolean single) {
        OutputFormat f = parsedFormat();
        return f == null ? !single : f == OutputFormat.JSONL || f == OutputFormat.JSON && !single;
    }

    private OutputFormat parsedFormat() {
        try {
            return format == null ? null : OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--format " + e.getMessage());
        }
    }

    private Table parsedTable(OutputFormat f) {
        if (table == null) {
            if (f != null && f.isTable()) {
                throw new Main.UsageException("--format " + f + " needs --table " + Table.names().replace(", ", "|"));
            }
            return null;
        }
        if (f == null || !f.isTable()) {
            throw new Main.UsageException("--table goes with --format csv or tsv");
        }
        try {
            return Table.parse(table);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--table " + e.getMessage());
        }
    }
}
