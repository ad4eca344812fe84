package dev.extract.cli;

import dev.extract.Extractor;
import dev.extract.FactKind;
import dev.extract.source.FieldNames;
import dev.extract.view.OutputFormat;
import dev.extract.view.Renderer;
import dev.extract.view.Renderers;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The command line's JSON Lines path, one record at a time, for callers that read the lines themselves
 * (the Spark job): the same parsing, limits, extraction and output line as {@code extract --input-format
 * jsonl}, without picocli. Thread-safe; build one per JVM, since it holds the loaded extractor.
 */
public final class JsonlRecords {

    /** What the record options say (the CLI options of the same names). */
    public record Settings(int maxChars, FieldNames fields, Set<FactKind> kinds, boolean dayFirst,
                           LocalDate referenceDate, boolean withText) {
        public static Settings defaults() {
            return new Settings(TextDecoder.DEFAULT_MAX_CHARS, FieldNames.DEFAULT, EnumSet.allOf(FactKind.class),
                    false, null, false);
        }
    }

    /** One output line (an article or an error object) and what it counts. */
    public record Line(String json, boolean error, int facts) { }

    private static final PrintStream NO_STDERR = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    private final Settings settings;
    private final TextDecoder decoder;
    private final Renderer jsonLines = Renderers.of(OutputFormat.JSONL, false, null, false);
    private final BatchRunner runner;

    public JsonlRecords(Settings settings) {
        this.settings = settings;
        this.decoder = new TextDecoder(settings.maxChars());
        this.runner = new BatchRunner(new Extractor(settings.kinds(), settings.dayFirst()), jsonLines, 1,
                settings.referenceDate(), NO_STDERR, false).withText(settings.withText());
    }

    /**
     * The output line for one input line, as the CLI writes it; blank lines have none (null).
     *
     * @param source the input's name and {@code lineNo} the 1-based line number: "SOURCE:LINE" is the id of
     *               a record without a readable one
     */
    public Line extract(String line, String source, long lineNo) {
        if (line.isBlank()) {
            return null;
        }
        String id = source + ":" + lineNo;
        Job job = tooLong(line) ? Inputs.tooLongLine(id, lineNo)
                : new JsonlJob(line, id, decoder, null, settings.fields());
        return line(runner.process(job));
    }

    /**
     * The output lines of the web pages of one WARC stream (plain or gzip-compressed record by record), as
     * {@code extract --input-format warc} writes them for a file named {@code name}: one line per HTML
     * response, an error line where the archive cannot be read on. Pages are read as the lines are pulled,
     * so an archive of any size streams; the caller closes the stream.
     */
    public Iterator<Line> warcPages(InputStream warc, String name) {
        Iterator<Job> jobs = SourceJobs.warcPages(warc, name, Inputs.maxBytes(settings.maxChars()), decoder);
        return MappedIterator.of(jobs, job -> line(runner.process(job)));
    }

    private Line line(Result r) {
        return r.isError() ? new Line(strip(jsonLines.error(r.id(), r.errorCode(), r.errorMessage())), true, 0)
                : new Line(strip(r.doc()), false, Arrays.stream(r.facts()).sum());
    }

    // the renderer ends each document with its newline; Spark writes its own
    private static String strip(String doc) {
        return doc.endsWith("\n") ? doc.substring(0, doc.length() - 1) : doc;
    }

    // the CLI measures lines in UTF-8 bytes; count them only when the characters leave it open
    private boolean tooLong(String line) {
        int max = Inputs.maxLineBytes(settings.maxChars());
        if (line.length() > max) {
            return true;
        }
        return (long) line.length() * 3 > max && line.getBytes(StandardCharsets.UTF_8).length > max;
    }
}
