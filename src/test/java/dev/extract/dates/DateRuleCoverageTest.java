package dev.extract.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.lang.LanguagePack;
import dev.extract.text.Document;
import dev.extract.text.ReferenceDateSource;
import dev.extract.text.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@code patterns.tsv} is exercised by the spec corpus: on at least one positive line of
 * {@code testdata/dates.tsv}, the expected span is the one that rule found. A rule no line shows is a rule
 * nobody can tell is still needed or still right.
 */
class DateRuleCoverageTest {
    private static final Path SPEC = Path.of("testdata/dates.tsv");

    @Test
    void everyRuleFindsTheExpectedSpanOfSomeSpecLine() throws IOException {
        Set<String> rules = new LinkedHashSet<>();
        for (String[] row : LanguagePack.english().cells("dates/patterns.tsv")) {
            rules.add(row[0]);
        }
        Set<String> covered = coveredRules();
        Set<String> missing = new TreeSet<>(rules);
        missing.removeAll(covered);
        assertTrue(rules.size() > 40, "patterns.tsv read: " + rules.size() + " rules");
        assertTrue(missing.isEmpty(), "rules of patterns.tsv with no spec line in " + SPEC + ": " + missing);
    }

    /** The rules that found the expected span of a positive spec line. */
    private static Set<String> coveredRules() throws IOException {
        Segmenter segmenter = new Segmenter();
        DateExtractor extractor = new DateExtractor();
        Set<String> covered = new TreeSet<>();
        for (String line : Files.readAllLines(SPEC)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String text = c[0].replace("\\n", "\n");
            String span = c[2];
            int at = text.indexOf(span);
            if (span.equals("-") || span.startsWith("!") || at < 0) {
                continue; // negative lines and broken ones (the spec runner reports those)
            }
            LocalDate ref = c[1].equals("-") ? null : LocalDate.parse(c[1]);
            Document doc = segmenter.segment("coverage", text, ref, ref == null ? null : ReferenceDateSource.OPTION);
            int from = text.codePointCount(0, at);
            int to = from + span.codePointCount(0, span.length());
            List<DateMention> found = extractor.extract(doc);
            found.stream().filter(d -> d.start() == from && d.end() == to).forEach(d -> covered.add(d.rule()));
        }
        return covered;
    }
}
