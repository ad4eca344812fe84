package dev.extract.cli;

import dev.extract.Extractor;
import dev.extract.FactKind;
import dev.extract.json.JsonOutput;
import dev.extract.view.Renderer;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code extract} command: options, inputs, output, exit status. The library knows nothing of it. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Reads news articles and writes a fact sheet for each: the figures it states, the dates it mentions "
                + "(normalised against the article's date), the actors in it and the claims it attributes, each "
                + "with code-point offsets into the untouched text.",
            "",
            "One file (or standard input) gives one indented JSON object. Several files, a folder or JSON Lines "
                + "input give JSON Lines: one compact object per article, in input order. --format also writes "
                + "tables (csv, tsv), an annotated page (html) or a summary to read (text).",
            ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input succeeded",
            "1:some inputs failed (each named on stderr; in JSON Lines output also as an error record), "
                + "or the output could not be written",
            "2:usage error: a bad option or value, or a folder where nothing matches --glob",
            "130:interrupted (Ctrl-C): output so far is whole records, -o FILE untouched",
            "143:terminated (SIGTERM), likewise"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  extract article.txt                        one article, indented JSON",
            "  extract --reference-date 2024-01-05 a.txt  \"Thursday\" as 2024-01-04",
            "  cat article.txt | extract - | jq .title    standard input",
            "  extract articles/ | jq -c .id              a folder (recursive): JSON Lines",
            "  extract --input-format jsonl batch.jsonl   lines of {id, text, referenceDate}",
            "  extract articles/ -o out/                  one out/NAME.json per article",
            "  extract articles/ -o out/ --skip-existing  resume a run that stopped",
            "  extract --format text article.txt          a summary to read",
            "  extract --format html a.txt > a.html       an annotated page",
            "  extract --format csv --table claim-figures articles/ > figures.csv",
            "  source <(extract --completion)             bash completion",
            "  extract page.html                          a saved web page: article, title, date",
            "  extract newsapi.json                       a news feed (NewsAPI, GDELT); --text-field",
            "  extract --text-field body items.csv        CSV/TSV with a header row",
            "  extract CC-NEWS-2019.warc.gz               every HTML page in a web archive"})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files, folders (searched recursively) or - for standard input (the default).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, text, html, json, jsonl, csv, tsv or warc. auto tells them apart by content and "
                    + "name (gzip is undone first). Default: ${DEFAULT-VALUE}.")
    String inputFormat;

    @Option(names = "--text-field", paramLabel = "PATH",
            description = "Where JSON/CSV records keep the article text (a dotted path or column). Default: the "
                    + "first of text, articleBody, body, content, ...")
    String textField;

    @Option(names = "--id-field", paramLabel = "PATH", description = "Where records keep their id. Default: id, else url.")
    String idField;

    @Option(names = "--date-field", paramLabel = "PATH",
            description = "Where records keep their date (ISO date or date-time). Default: referenceDate, "
                    + "publishedAt, datePublished, ..., seendate, date.")
    String dateField;

    @Option(names = "--title-field", paramLabel = "PATH", description = "Where records keep their title. Default: title, headline.")
    String titleField;

    @Option(names = "--text-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What the records' text field holds: text or html. Default: ${DEFAULT-VALUE}.")
    String textFormat;

    @Option(names = "--with-text", description = "Add the plain text (\"text\") to the output of plain-text inputs "
            + "too; other inputs always carry it.")
    boolean withText;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Date to resolve relative dates against. Without it: the input line's referenceDate, "
                    + "else a dateline or a publication line (\"Published Nov. 18, 2019\") in the text, else none (never the clock).")
    String referenceDate;

    @Option(names = "--date-order", paramLabel = "ORDER", defaultValue = "mdy",
            description = "How to read ambiguous numeric dates like 04/01/2024: mdy (US order, April 1) or "
                    + "dmy (4 January). Default: ${DEFAULT-VALUE}.")
    String dateOrder;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Write to FILE instead of standard output, or to one DIR/NAME.json (.csv, .html …) "
                    + "per input when DIR is an existing folder or ends with /. FILE is replaced only by a complete run "
                    + "(temp file, then rename); devices and pipes are written through.")
    String output;

    @Option(names = "--keep-partial",
            description = "When a run with -o FILE fails or is interrupted, keep the whole lines written so far "
                    + "as FILE.partial (FILE itself is never touched by an incomplete run).")
    boolean keepPartial;

    @Option(names = "--only", paramLabel = "KINDS",
            description = "Comma-separated fact kinds to fill: figures, dates, actors, claims. The other arrays stay empty.")
    String only;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for batches. Default: all processors.",
            defaultValue = "0", showDefaultValue = CommandLine.Help.Visibility.NEVER)
    int threads;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = Inputs.DEFAULT_GLOB,
            description = "File names to take from folders. Default: ${DEFAULT-VALUE} (any case).")
    String glob;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + TextDecoder.DEFAULT_MAX_CHARS,
            description = "Refuse inputs longer than N characters. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = "--schema", description = "Print the JSON Schema of the output and exit.")
    boolean schema;

    @Option(names = "--completion", description = "Print a bash completion script and exit.")
    boolean completion;

    @Option(names = "--man-page", hidden = true, description = "Print the manual page (troff) and exit.")
    boolean manPage;

    @Option(names = "--debug", description = "Show stack traces for errors.")
    boolean debug;

    @CommandLine.Mixin
    OutputOptions view = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OutputStream stdout;
    private final PrintStream stderr;

    Main(OutputStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        int status;
        try {
            status = run(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("extract: out of memory (give Java more with EXTRACT_JAVA_OPTS=-Xmx…, or lower --max-chars)");
            status = SOME_FAILED;
        }
        System.exit(status);
    }

    /** Runs the command as from a shell, writing to the given streams; returns the exit status. */
    static int run(String[] args, OutputStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(out, err));
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("extract: " + Messages.clean(ex.getMessage()) + didYouMean(ex) + " (see extract --help)");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UsageException) {
                err.println("extract: " + Messages.clean(ex.getMessage()) + " (see extract --help)");
                return USAGE;
            }
            if (isBrokenPipe(ex)) {
                return OK; // the reader went away (| head): stop quietly
            }
            err.println("extract: " + Messages.clean(ex instanceof IOException io ? Messages.describe(io) : String.valueOf(ex.getMessage())));
            if (((Main) c.getCommand()).debug) {
                ex.printStackTrace(err);
            }
            return SOME_FAILED;
        });
        int status = cl.execute(args);
        try {
            out.flush();
        } catch (IOException e) {
            // broken pipe on the last flush: nothing left to say
        }
        return status;
    }

    @Override
    public Integer call() throws IOException {
        if (schema) {
            write(JsonOutput.schema());
            return OK;
        }
        if (manPage) {
            write(ManPage.of(spec, new Version().getVersion()[0]));
            return OK;
        }
        if (completion) {
            write(AutoComplete.bash("extract", spec.commandLine()));
            return OK;
        }
        Extractor.warmUp(); // the models load while the options are checked and the input is read
        Inputs.Format format = parseFormat();
        LocalDate reference = parseReferenceDate();
        Set<FactKind> kinds = parseOnly();
        boolean dayFirst = parseDateOrder();
        if (maxChars < 1) {
            throw new UsageException("--max-chars must be at least 1");
        }
        if (threads < 0 || threads > 256) {
            throw new UsageException("--threads must be between 1 and 256");
        }
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        OutputTarget target = OutputTarget.of(output, inputs);

        if ((inputs.isEmpty() || inputs.contains("-")) && Terminal.stdin()) {
            stderr.println("extract: reading an article from the terminal; end it with Ctrl-D "
                    + "(or give a file: extract FILE; see extract --help)");
        }
        boolean single = Inputs.isSingleArticle(inputs, format);
        Renderer renderer = view.renderer(single);
        TextDecoder decoder = new TextDecoder(maxChars);
        Inputs jobs = new Inputs(inputs, format, glob, decoder, maxChars, target::excludes,
                warning -> stderr.println("extract: " + Messages.clean(warning))).withFields(parseFields());
        BatchRunner runner = new BatchRunner(new Extractor(kinds, dayFirst), renderer, single ? 1 : workers, reference, stderr, debug)
                .withText(withText);

        if (view.skipExisting && target.kind() != OutputTarget.Kind.FOLDER) {
            throw new UsageException("--skip-existing goes with -o DIR/ (one file per input)");
        }
        try (Sink sink = target.open(stdout, renderer, view.errorRecords(single), keepPartial, view.skipExisting,
                stderr)) {
            Thread hook = new Thread(sink::abort, "extract-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            boolean outputOnTerminal = target.kind() == OutputTarget.Kind.STDOUT && Terminal.stdout();
            Progress progress = Progress.of(stderr, !single, view.quiet, outputOnTerminal, jobs::count);
            runner.report(progress);
            runner.run(jobs, sink);
            progress.finish();
            // A run where every input failed (a single missing file) leaves the previous output alone.
            if (runner.results() > 0 || runner.failures() == 0) {
                sink.commit();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already on the way out
            }
        }
        return runner.failures() > 0 ? SOME_FAILED : OK;
    }

    private void write(String text) throws IOException {
        stdout.write((text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8));
        stdout.flush();
    }

    private Inputs.Format parseFormat() {
        try {
            return Inputs.Format.valueOf(inputFormat.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--input-format must be auto, text, html, json, jsonl, csv, tsv or warc, not '"
                    + inputFormat + "'");
        }
    }

    private dev.extract.source.FieldNames parseFields() {
        boolean html = switch (textFormat.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> false;
            case "html" -> true;
            default -> throw new UsageException("--text-format must be text or html, not '" + textFormat + "'");
        };
        return new dev.extract.source.FieldNames(textField, idField, dateField, titleField, html);
    }

    private LocalDate parseReferenceDate() {
        if (referenceDate == null) {
            return null;
        }
        LocalDate d = parseDate(referenceDate);
        if (d == null) {
            throw new UsageException("--reference-date must be a date as YYYY-MM-DD (years 0001 to 9999), not '"
                    + referenceDate + "'");
        }
        return d;
    }

    /** A YYYY-MM-DD date with a four-digit year from 0001 to 9999, or null: wider years are no article's date. */
    static LocalDate parseDate(String text) {
        try {
            LocalDate d = LocalDate.parse(text);
            return d.getYear() >= 1 && d.getYear() <= 9999 ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean parseDateOrder() {
        return switch (dateOrder.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "mdy" -> false;
            case "dmy" -> true;
            default -> throw new UsageException("--date-order must be mdy or dmy, not '" + dateOrder + "'");
        };
    }

    private Set<FactKind> parseOnly() {
        if (only == null) {
            return EnumSet.allOf(FactKind.class);
        }
        try {
            return FactKind.parseList(only);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--only: " + e.getMessage());
        }
    }

    // picocli's suggestions for a mistyped option, on the same line: "--fromat" → "did you mean --format?"
    private static String didYouMean(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions().subList(0, Math.min(2, u.getSuggestions().size()))) + "?";
        }
        return "";
    }

    private static boolean isBrokenPipe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null
                    && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Stream closed"))) {
                return true;
            }
        }
        return false;
    }

    /** A mistake in the command's words: one line on stderr, exit status 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"extract " + (v == null ? "(development build)" : v)};
        }
    }
}
