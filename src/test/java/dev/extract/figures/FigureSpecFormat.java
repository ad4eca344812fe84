package dev.extract.figures;

import static dev.extract.spec.SpecCorpus.code;

import dev.extract.spec.SpecCorpus;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line of {@code testdata/figures.tsv}: input, span, value, low, high, unit, kind, qualifier, counts,
 * change (optional), more (optional); the file's header says what each holds. Span '-' (no figure at all) and
 * '!text' (no figure on that text) are the negative examples.
 */
final class FigureSpecFormat implements SpecCorpus.Format {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @Override
    public boolean negative(SpecCorpus.Line line) {
        return line.cell(1).equals("-") || line.cell(1).startsWith("!");
    }

    @Override
    public String check(SpecCorpus.Line line) {
        List<String> x = line.cells();
        String input = x.get(0);
        String span = x.get(1);
        Document doc = SEGMENTER.segment("spec", input, null, null);
        List<Figure> got = EXTRACTOR.extract(doc, List.of());
        String where = "[" + input + "]: ";
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
        num(diffs, "value", x.get(2), f.value());
        num(diffs, "low", x.get(3), f.low());
        num(diffs, "high", x.get(4), f.high());
        text(diffs, "unit", x.get(5), code(f.unit()));
        text(diffs, "kind", x.get(6), code(f.kind()));
        text(diffs, "qualifier", x.get(7), code(f.qualifier()));
        if (!x.get(8).equals("*")) {
            text(diffs, "counts", x.get(8), f.counts() == null ? null : f.counts().text());
        }
        if (x.size() > 9 && !x.get(9).equals("*")) {
            text(diffs, "change", x.get(9), code(f.change()));
        }
        if (x.size() > 10) {
            more(diffs, x.get(10), f);
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
                case "currency" -> text(diffs, name, want, code(f.currency()));
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
            out.add("'" + f.text() + "' " + code(f.kind()) + " "
                    + (f.value() == null ? f.low() + ".." + f.high() : f.value().toPlainString())
                    + (f.qualifier() == null ? "" : " " + code(f.qualifier()))
                    + (f.counts() == null ? "" : " counts=" + f.counts().text()));
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }
}
