package dev.extract.cli;

import dev.extract.source.FieldNames;
import dev.extract.source.Sniffer;
import dev.extract.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Turns the command's arguments into a lazy stream of {@link Job}s in input order: files as named,
 * folders walked recursively in name order (only names matching the glob), JSON Lines read a line at a
 * time so an input of any size streams through. Nothing is read until it is asked for.
 */
final class Inputs implements Iterator<Job> {
    enum Format {
        AUTO, TEXT, JSONL, JSON, HTML, CSV, TSV, WARC;

        /** The reader this format forces, or null to sniff each input. */
        Sniffer.Format forced() {
            return this == AUTO || this == TEXT ? null : Sniffer.Format.valueOf(name());
        }

        boolean manyRecords() {
            return this == JSONL || this == JSON || this == CSV || this == TSV || this == WARC;
        }
    }

    private final Deque<Object> pending = new ArrayDeque<>(); // Path, String "-" or a JobSource
    private final Format format;
    static final String DEFAULT_GLOB = "*.{txt,htm,html}";

    private final PathMatcher glob;
    private final String globText;
    private final TextDecoder decoder;
    private final long maxBytes;
    private final int maxChars;
    private final Predicate<Path> excluded;
    private final Consumer<String> warn;
    private final List<String> args;
    private Iterator<Job> current;
    private Job next;
    private FieldNames fields = FieldNames.DEFAULT;
    private SourceJobs sources;

    Inputs(List<String> args, Format format, String glob, TextDecoder decoder, int maxChars) {
        this(args, format, glob, decoder, maxChars, p -> false, w -> { });
    }

    /**
     * @param excluded files a folder walk skips (the run's own output and temporary files)
     * @param warn     receives a warning for each skipped entry that is not a regular file
     */
    Inputs(List<String> args, Format format, String glob, TextDecoder decoder, int maxChars,
           Predicate<Path> excluded, Consumer<String> warn) {
        this.format = format;
        try {
            // the default takes .TXT and .Txt too (files from Windows or cameras): names compared in lower case
            PathMatcher given = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            this.glob = !glob.equals(DEFAULT_GLOB) ? given
                    : p -> given.matches(Path.of(p.toString().toLowerCase(java.util.Locale.ROOT)));
            this.globText = glob;
        } catch (IllegalArgumentException e) { // PatternSyntaxException among them
            String why = e instanceof java.util.regex.PatternSyntaxException ps ? ps.getDescription() : e.getMessage();
            throw new Main.UsageException("--glob '" + glob + "' is not a valid pattern: " + why);
        }
        this.excluded = excluded;
        this.warn = warn;
        this.decoder = decoder;
        this.maxBytes = maxBytes(maxChars);
        this.maxChars = maxChars;
        this.args = List.copyOf(args);
        if (args.isEmpty()) {
            pending.add("-");
        }
        for (String a : args) {
            pending.add(a.equals("-") ? "-" : a);
            if (!a.equals("-") && Files.isDirectory(Path.of(a)) && !anyMatch(Path.of(a))) {
                throw new Main.UsageException("no inputs matched " + globText + " in " + a + "; try --glob");
            }
        }
        this.sources = new SourceJobs(fields, maxBytes, decoder, this::jsonl);
    }

    /** Reads feed records (JSON, CSV) with these field names. */
    Inputs withFields(FieldNames names) {
        this.fields = names;
        this.sources = new SourceJobs(names, maxBytes, decoder, this::jsonl);
        return this;
    }

    /**
     * How many articles the arguments hold, counted by a walk of their names without reading a file, or -1
     * when that cannot be known beforehand (standard input, JSON Lines). For the progress line's ETA.
     */
    long count() {
        long n = 0;
        for (String a : args.isEmpty() ? List.of("-") : args) {
            long c = a.equals("-") ? -1 : count(Path.of(a), true);
            if (c < 0) {
                return -1;
            }
            n += c;
        }
        return n;
    }

    private long count(Path p, boolean given) {
        if (!Files.isDirectory(p, given ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS})) {
            return !given && (excluded.test(p) || !glob.matches(p.getFileName())) ? 0 : isJsonl(p, format) ? -1 : 1;
        }
        long n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path e : ds) {
                long c = count(e, false);
                if (c < 0) {
                    return -1;
                }
                n += c;
            }
        } catch (IOException e) {
            return -1;
        }
        return n;
    }

    // Stops at the first match, so a large folder costs little; an empty one is a usage error, not silence.
    private boolean anyMatch(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                if (excluded.test(e)) {
                    continue;
                }
                if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) ? anyMatch(e) : glob.matches(e.getFileName())) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true; // the walk reports the unreadable folder as a failed input
        }
        return false;
    }

    /** True when the arguments name one plain-text article (a file or standard input), not a batch. */
    static boolean isSingleArticle(List<String> args, Format format) {
        if (args.size() > 1) {
            return false;
        }
        String only = args.isEmpty() ? "-" : args.get(0);
        if (only.equals("-")) {
            return !format.manyRecords();
        }
        Path p = Path.of(only);
        return !Files.isDirectory(p) && !isJsonl(p, format) && !format.manyRecords()
                && !(format == Format.AUTO && SourceJobs.isManyRecords(only));
    }

    private static boolean isJsonl(Path p, Format format) {
        return format == Format.JSONL || format == Format.AUTO && p.getFileName() != null
                && (p.getFileName().toString().endsWith(".jsonl") || p.getFileName().toString().endsWith(".ndjson"));
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current != null && current.hasNext()) {
                next = current.next();
                break;
            }
            current = null;
            Object item = pending.poll();
            if (item == null) {
                return false;
            }
            current = expand(item);
        }
        return true;
    }

    @Override
    public Job next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Job j = next;
        next = null;
        return j;
    }

    private Iterator<Job> expand(Object item) {
        if ("-".equals(item)) {
            if (format.manyRecords() && format != Format.JSONL) {
                try {
                    return sources.open(new java.io.BufferedInputStream(System.in, 1 << 16), "-", "-", format.forced());
                } catch (IOException e) {
                    return List.<Job>of(new FailedJob("-", "stdin", "unreadable", "cannot read standard input: " + e.getMessage())).iterator();
                }
            }
            if (format == Format.JSONL) {
                return jsonl(System.in, "-");
            }
            Job stdin = new FileJob(null, "-", "stdin", decoder, maxBytes);
            return List.of(format == Format.HTML ? sources.asHtml(stdin) : stdin).iterator();
        }
        String arg = (String) item;
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            List<Job> found = new ArrayList<>();
            walk(p, p, found);
            return found.iterator();
        }
        return file(p, arg, baseName(p));
    }

    private Iterator<Job> file(Path p, String id, String outputName) {
        if (format != Format.TEXT && format != Format.HTML) {
            Iterator<Job> many = sources.open(p, id, format.forced());
            if (many != null) {
                return many;
            }
        }
        // not only regular files: named pipes and /dev/stdin carry JSON Lines too
        if (isJsonl(p, format) && !Files.isDirectory(p)) {
            try {
                // bytes that are not UTF-8 are replaced line by line, so one bad line does not end the file
                return jsonl(Files.newInputStream(p), id);
            } catch (java.nio.file.NoSuchFileException e) {
                return List.<Job>of(new FailedJob(id, outputName, "not-found", "no such file")).iterator();
            } catch (IOException e) {
                return List.<Job>of(new FailedJob(id, outputName, "unreadable", "cannot read: " + Messages.reason(e))).iterator();
            }
        }
        Job one = new FileJob(p, id, outputName, decoder, maxBytes);
        return List.of(format == Format.HTML ? sources.asHtml(one) : one).iterator();
    }

    // Folders are walked depth first in name order, so the output order does not depend on the file system.
    private void walk(Path root, Path dir, List<Job> out) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException e) {
            out.add(new FailedJob(dir.toString(), baseName(dir), "unreadable", "cannot list folder: " + Messages.reason(e)));
            return;
        }
        entries.sort(null);
        for (Path e : entries) {
            if (excluded.test(e)) {
                continue;
            }
            if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, e, out);
            } else if (glob.matches(e.getFileName())) {
                // a named pipe or a device would block the batch forever or never end: skip it, say so
                if (Files.exists(e) && !Files.isRegularFile(e)) {
                    warn.accept(e + ": skipped: not a regular file");
                    continue;
                }
                Path parent = root.relativize(e).getParent();
                String name = (parent == null ? "" : parent + "/") + baseName(e);
                file(e, e.toString(), name).forEachRemaining(out::add);
            }
        }
    }

    private static String baseName(Path p) {
        Path f = p.getFileName();
        String n = f == null ? "input" : f.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * Reads a JSON Lines source one line at a time; blank lines are skipped. A line longer than any
     * acceptable record (the text limit, escaped, plus room for the other fields) is refused unread.
     */
    private Iterator<Job> jsonl(java.io.InputStream input, String source) {
        LineReader reader = new LineReader(input, maxLineBytes(maxChars));
        return new Iterator<>() {
            private int lineNo;
            private Job ahead;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (ahead == null && !done) {
                    LineReader.Line line;
                    try {
                        line = reader.next();
                    } catch (IOException | UncheckedIOException e) {
                        ahead = new FailedJob(source + ":" + (lineNo + 1), "line-" + (lineNo + 1), "unreadable",
                                "cannot read: " + (e instanceof IOException io ? Messages.reason(io) : e.getMessage()));
                        done = true;
                        close();
                        break;
                    }
                    if (line == null) {
                        done = true;
                        close();
                        break;
                    }
                    lineNo++;
                    String id = source + ":" + lineNo;
                    if (line.tooLong()) {
                        ahead = tooLongLine(id, lineNo);
                    } else if (!line.text().isBlank()) {
                        ahead = new JsonlJob(line.text(), id, decoder,
                                line.malformed() ? "bytes that are not UTF-8 read as U+FFFD" : null, fields);
                    }
                }
                return ahead != null;
            }

            @Override
            public Job next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Job j = ahead;
                ahead = null;
                return j;
            }

            private void close() {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // nothing more will be read from it
                }
            }
        };
    }

    /** The longest JSON line any record within the text limit can take (the text escaped, plus other fields). */
    /** The most bytes read of one file or record for a text limit of {@code maxChars} (4 UTF-8 bytes a character). */
    static long maxBytes(int maxChars) {
        return 4L * maxChars + 4;
    }

    static int maxLineBytes(int maxChars) {
        return (int) Math.min(Integer.MAX_VALUE - 8, 6L * maxChars + 65_536);
    }

    /** A JSON line over {@link #maxLineBytes}, refused unread. */
    static Job tooLongLine(String id, long lineNo) {
        return new FailedJob(id, "line-" + lineNo, "too-large", "JSON line is longer than any record within --max-chars");
    }

    /** An input that failed before it could be read (an unlistable folder, an unreadable JSONL file). */
    private record FailedJob(String id, String outputName, String code, String message) implements Job {
        @Override
        public Loaded load() throws InputException {
            throw new InputException(code, message);
        }
    }
}
