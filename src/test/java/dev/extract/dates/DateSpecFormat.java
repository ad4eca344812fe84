package dev.extract.dates;

import static dev.extract.spec.SpecCorpus.code;

import dev.extract.spec.SpecCorpus;
import dev.extract.text.Document;
import dev.extract.text.ReferenceDateSource;
import dev.extract.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A line of {@code testdata/dates.tsv}: text, reference date ('-' for none), span, type, value, mod, relation.
 * The span '-' means no date at all, '!text' no date overlapping that text; else the date with exactly that
 * span must have that type, value, mod and relation (empty cells for none).
 */
final class DateSpecFormat implements SpecCorpus.Format {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final DateExtractor EXTRACTOR = new DateExtractor();

    @Override
    public boolean negative(SpecCorpus.Line line) {
        return line.cell(2).equals("-") || line.cell(2).startsWith("!");
    }

    @Override
    public String check(SpecCorpus.Line line) {
        String text = line.text(0);
        String reference = line.cell(1);
        String span = line.cell(2);
        LocalDate ref = reference.equals("-") ? null : LocalDate.parse(reference);
        Document doc = SEGMENTER.segment("spec-" + line.number(), text, ref, ref == null ? null : ReferenceDateSource.OPTION);
        List<DateMention> found = EXTRACTOR.extract(doc);
        String all = found.stream().map(d -> d.text() + "=" + code(d.type()) + ":" + d.value()
                + (d.mod() == null ? "" : "/" + code(d.mod()))
                + (d.relation() == null ? "" : " (" + code(d.relation()) + ")")).collect(Collectors.joining(", ", "[", "]"));
        String where = "found " + all;
        if (span.equals("-")) {
            return found.isEmpty() ? null : where + ", expected no date";
        }
        if (span.startsWith("!")) {
            int from = text.codePointCount(0, text.indexOf(span.substring(1)));
            int to = from + span.substring(1).codePointCount(0, span.length() - 1);
            return found.stream().noneMatch(d -> d.start() < to && from < d.end()) ? null
                    : where + ", expected nothing on " + span.substring(1);
        }
        int at = text.indexOf(span);
        if (at < 0) {
            return "the span is not in the sentence";
        }
        int from = text.codePointCount(0, at);
        int to = from + span.codePointCount(0, span.length());
        DateMention d = found.stream().filter(m -> m.start() == from && m.end() == to).findFirst().orElse(null);
        if (d == null) {
            return where + ", expected the span \"" + span + "\"";
        }
        String want = line.cell(3) + ":" + line.cell(4) + "/" + line.cell(5) + " (" + line.cell(6) + ")";
        String got = code(d.type()) + ":" + d.value() + "/" + Objects.toString(code(d.mod()), "")
                + " (" + Objects.toString(code(d.relation()), "") + ")";
        return want.equals(got) ? null : where + ", expected " + span + "=" + want + " but was " + got;
    }
}
