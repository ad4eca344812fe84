package dev.extract.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.extract.text.Document;
import dev.extract.text.ReferenceDateSource;
import dev.extract.text.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the spec corpus {@code testdata/dates.tsv}: every line is a case of its own, so a run lists every
 * failing line with what was expected and what the extractor found.
 */
class DateSpecTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final DateExtractor EXTRACTOR = new DateExtractor();

    static List<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("testdata/dates.tsv"));
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 7) {
                throw new IllegalStateException("testdata/dates.tsv:" + (i + 1) + ": need 7 columns, found " + c.length);
            }
            out.add(Arguments.of(i + 1, c[0].replace("\\n", "\n"), c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        assertTrue(out.size() >= 300, "the spec corpus needs at least 300 cases");
        return out;
    }

    @ParameterizedTest(name = "line {0}: {3} in \"{1}\"")
    @MethodSource("cases")
    void line(int line, String text, String reference, String span, String type, String value, String mod, String relation) {
        LocalDate ref = reference.equals("-") ? null : LocalDate.parse(reference);
        Document doc = SEGMENTER.segment("spec-" + line, text, ref, ref == null ? null : ReferenceDateSource.OPTION);
        List<DateMention> found = EXTRACTOR.extract(doc);
        String all = found.stream().map(d -> d.text() + "=" + d.type() + ":" + d.value() + (d.mod() == null ? "" : "/" + d.mod())
                + (d.relation() == null ? "" : " (" + d.relation() + ")")).collect(Collectors.joining(", ", "[", "]"));
        String where = "testdata/dates.tsv:" + line + " found " + all;
        if (span.equals("-")) {
            assertTrue(found.isEmpty(), where + ", expected no date");
            return;
        }
        if (span.startsWith("!")) {
            int from = text.codePointCount(0, text.indexOf(span.substring(1)));
            int to = from + span.substring(1).codePointCount(0, span.length() - 1);
            assertTrue(found.stream().noneMatch(d -> d.start() < to && from < d.end()), where + ", expected nothing on " + span.substring(1));
            return;
        }
        int at = text.indexOf(span);
        if (at < 0) {
            fail("testdata/dates.tsv:" + line + ": the span is not in the sentence");
        }
        int from = text.codePointCount(0, at);
        int to = from + span.codePointCount(0, span.length());
        DateMention d = found.stream().filter(m -> m.start() == from && m.end() == to).findFirst().orElse(null);
        if (d == null) {
            fail(where + ", expected the span \"" + span + "\"");
        }
        String want = type + ":" + value + "/" + mod + " (" + relation + ")";
        String got = d.type() + ":" + d.value() + "/" + Objects.toString(d.mod(), "") + " (" + Objects.toString(d.relation(), "") + ")";
        if (!want.equals(got)) {
            fail(where + ", expected " + span + "=" + want + " but was " + got);
        }
    }
}
