package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code testdata/figures.tsv}: every line is a case (see the file's header). The parameterised test
 * shows each line; {@link #allLines()} lists every failing line in one message.
 */
class FigureSpecTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    record Case(int line, String[] cells) {
        @Override
        public String toString() {
            return "line " + line + ": " + cells[0] + " -> " + cells[1];
        }
    }

    static Stream<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("testdata/figures.tsv"), StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(new Case(i + 1, l.split("\t", -1)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void line(Case c) {
        String problem = check(c);
        assertTrue(problem == null, problem);
    }

    @Test
    void allLines() throws IOException {
        List<String> failures = new ArrayList<>();
        long n = cases().peek(c -> {
            String p = check(c);
            if (p != null) {
                failures.add(p);
            }
        }).count();
        assertTrue(n >= 300, "the spec corpus must hold at least 300 cases, has " + n);
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " failing:\n" + String.join("\n", failures));
    }

    /** Null when the case holds, else a line saying what differs. */
    static String check(Case c) {
        String[] x = c.cells();
        String input = x[0];
        String span = x[1];
        Document doc = SEGMENTER.segment("spec", input, null, null);
        List<Figure> got = EXTRACTOR.extract(doc, List.of());
        String where = "line " + c.line() + " [" + input + "]: ";
        if (span.equals("-")) {
            return got.isEmpty() ? null : where + "expected no figure, got " + describe(got);
        }
        if (span.startsWith("!")) {
            String t = span.substring(1);
            int at = input.indexOf(t);
            int end = at + t.length();
            for (Figure f : got) {
                if (f.start() < end && at < f.end()) {
                    return where + "expected no figure on '" + t + "', got " + describe(List.of(f));
                }
            }
            return null;
        }
        Figure f = got.stream().filter(g -> g.text().equals(span)).findFirst().orElse(null);
        if (f == null) {
            return where + "expected '" + span + "', got " + describe(got);
        }
        List<String> diffs = new ArrayList<>();
        num(diffs, "value", x[2], f.value());
        num(diffs, "low", x[3], f.low());
        num(diffs, "high", x[4], f.high());
        text(diffs, "unit", x[5], f.unit());
        text(diffs, "kind", x[6], f.kind());
        text(diffs, "qualifier", x[7], f.qualifier());
        if (!x[8].equals("*")) {
            text(diffs, "counts", x[8], f.counts() == null ? null : f.counts().text());
        }
        if (x.length > 9 && !x[9].equals("*")) {
            text(diffs, "change", x[9], f.change());
        }
        if (x.length > 10) {
            more(diffs, x[10], f);
        }
        return diffs.isEmpty() ? null : where + String.join(", ", diffs);
    }

    /**
     * The optional eleventh column: fields separated by ";", each name=value: currency=USD, per=a barrel,
     * changeFrom=f1, sides=7,6, tiebreak=5 ('-' for none).
     */
    private static void more(List<String> diffs, String cell, Figure f) {
        for (String field : cell.split(";")) {
            int eq = field.indexOf('=');
            String name = field.substring(0, eq);
            String want = field.substring(eq + 1);
            switch (name) {
                case "currency" -> text(diffs, name, want, f.currency());
                case "per" -> text(diffs, name, want, f.per() == null ? null : f.per().text());
                case "changeFrom" -> text(diffs, name, want, f.changeFrom());
                case "sides" -> text(diffs, name, want, f.score() == null ? null
                        : String.join(",", f.score().sides().stream().map(BigDecimal::toPlainString).toList()));
                case "tiebreak" -> num(diffs, name, want, f.score() == null ? null : f.score().tiebreak());
                default -> diffs.add("unknown field " + name);
            }
        }
    }

    private static void num(List<String> diffs, String name, String want, BigDecimal got) {
        boolean ok = want.equals("-") ? got == null : got != null && new BigDecimal(want).compareTo(got) == 0;
        if (!ok) {
            diffs.add(name + " " + want + " != " + (got == null ? "null" : got.toPlainString()));
        }
    }

    private static void text(List<String> diffs, String name, String want, String got) {
        String w = want.equals("-") ? null : want;
        if (!Objects.equals(w, got)) {
            diffs.add(name + " '" + w + "' != '" + got + "'");
        }
    }

    private static String describe(List<Figure> figures) {
        List<String> out = new ArrayList<>();
        for (Figure f : figures) {
            out.add("'" + f.text() + "' " + f.kind() + " " + (f.value() == null ? f.low() + ".." + f.high() : f.value().toPlainString())
                    + (f.qualifier() == null ? "" : " " + f.qualifier()) + (f.counts() == null ? "" : " counts=" + f.counts().text()));
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }
}
