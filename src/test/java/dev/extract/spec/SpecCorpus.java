package dev.extract.spec;

import dev.extract.lang.Coded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The one runner of the spec corpora in {@code testdata/} (in the manner of Duckling's corpus tests): each
 * line of a TSV file is a positive example (this text gives this fact) or a negative one (this text gives
 * nothing, or nothing on this span), run as a JUnit dynamic test of its own named by file and line. A last
 * test lists every failing line with its {@code file:line}, so one run shows them all. Blank lines and lines
 * starting with {@code #} are comments; {@code \n} in a cell read with {@link Line#text} is a line break.
 * A feature declares only its file and its {@link Format}.
 */
public final class SpecCorpus {
    private final Path file;
    private boolean headerRow;
    private int minColumns = 1;
    private int maxColumns = Integer.MAX_VALUE;
    private int minCases;

    private SpecCorpus(Path file) {
        this.file = file;
    }

    /** A spec file, relative to the project root. */
    public static SpecCorpus of(String path) {
        return new SpecCorpus(Path.of(path));
    }

    /** The first line that is not a comment names the columns and is no case. */
    public SpecCorpus withHeaderRow() {
        headerRow = true;
        return this;
    }

    /** A line with fewer or more cells fails as malformed. */
    public SpecCorpus columns(int min, int max) {
        minColumns = min;
        maxColumns = max;
        return this;
    }

    /** The corpus fails as too small below this many cases. */
    public SpecCorpus atLeast(int cases) {
        minCases = cases;
        return this;
    }

    /** How a feature reads its lines. */
    public interface Format {
        /** What differs between the line's expectation and the extractor's output, or null when it holds. */
        String check(Line line);

        /** Whether the line is a negative example: nothing found, or nothing on a span. */
        boolean negative(Line line);
    }

    /** One case: its place in the file and its tab-separated cells. */
    public record Line(Path file, int number, List<String> cells) {
        public String cell(int i) {
            return cells.get(i);
        }

        public int size() {
            return cells.size();
        }

        /** The cell with each {@code \n} read as a line break. */
        public String text(int i) {
            return cells.get(i).replace("\\n", "\n");
        }

        /** {@code testdata/x.tsv:12}, the place an editor jumps to. */
        public String where() {
            return file + ":" + number;
        }
    }

    /** One dynamic test per case, then one that lists every failing case. */
    public Stream<DynamicTest> run(Format format) {
        List<Line> lines = read();
        List<String> failures = new ArrayList<>();
        Stream<DynamicTest> cases = lines.stream().map(line -> DynamicTest.dynamicTest(name(line, format), () -> {
            String problem = problem(line, format);
            if (problem != null) {
                failures.add(line.where() + ": " + problem);
                throw new AssertionFailedError(line.where() + ": " + problem);
            }
        }));
        DynamicTest all = DynamicTest.dynamicTest(file.getFileName() + ": every line", () -> {
            if (lines.size() < minCases) {
                throw new AssertionFailedError(file + ": the spec corpus needs at least " + minCases
                        + " cases, has " + lines.size());
            }
            if (!failures.isEmpty()) {
                throw new AssertionFailedError(failures.size() + " of " + lines.size() + " lines of " + file
                        + " failing:\n" + String.join("\n", failures));
            }
        });
        return Stream.concat(cases, Stream.of(all));
    }

    private String problem(Line line, Format format) {
        if (line.size() < minColumns || line.size() > maxColumns) {
            return "malformed: " + line.size() + " cells, want " + (minColumns == maxColumns ? minColumns
                    : minColumns + " to " + (maxColumns == Integer.MAX_VALUE ? "any" : maxColumns));
        }
        try {
            return format.check(line);
        } catch (RuntimeException e) {
            return "the check threw " + e;
        }
    }

    private static String name(Line line, SpecCorpus.Format format) {
        String sign;
        try {
            sign = format.negative(line) ? "−" : "+";
        } catch (RuntimeException e) {
            sign = "?";
        }
        return line.file().getFileName() + ":" + line.number() + " " + sign + " " + line.cell(0);
    }

    private List<Line> read() {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> out = new ArrayList<>();
        boolean header = headerRow;
        for (int i = 0; i < text.size(); i++) {
            String l = text.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(new Line(file, i + 1, List.of(l.split("\t", -1))));
        }
        return out;
    }

    /**
     * A value of the output as its JSON code: a {@link Coded} member by its code, a value set not yet Coded by
     * the lower camel case of its name (FEMALE → female, ACCORDING_TO → accordingTo, as the JSON writes
     * them), anything else as a string. Lets a spec format compare codes whether a field is a string or an enum.
     */
    public static String code(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        if (value instanceof Enum<?> e) {
            StringBuilder b = new StringBuilder();
            for (String part : e.name().toLowerCase(Locale.ROOT).split("_")) {
                b.append(b.length() == 0 || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return b.toString();
        }
        return value.toString();
    }
}
