package dev.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.json.JsonOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole-article golden files: testdata/NAME.txt against testdata/NAME.expected.json, compared field by
 * field so a failure names each changed path. Regenerate on purpose only:
 * {@code mvn test -Dtest=GoldenFileTest -Dextract.regenerate=true}, then read the diff before committing.
 * A golden file whose referenceDateSource is "option" is run with that reference date (as with
 * --reference-date); otherwise the article finds its own (dateline) or has none. A new article starts
 * from a golden file of {@code {}}.
 */
class GoldenFileTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> articlesMatchTheirGoldenFiles() throws Exception {
        Extractor extractor = new Extractor();
        JsonOutput out = new JsonOutput(true);
        List<Path> expected;
        try (Stream<Path> files = Files.list(Path.of("testdata"))) {
            expected = files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        return expected.stream().map(exp -> DynamicTest.dynamicTest(exp.getFileName().toString(), () -> {
            String name = exp.getFileName().toString().replace(".expected.json", "");
            Path txt = exp.resolveSibling(name + ".txt");
            JsonNode golden = MAPPER.readTree(Files.readString(exp));
            LocalDate reference = "option".equals(golden.path("referenceDateSource").asText())
                    ? LocalDate.parse(golden.get("referenceDate").asText()) : null;
            Article a = extractor.extract("testdata/" + name + ".txt", Files.readString(txt), reference);
            String actual = out.write(a) + "\n";
            if (Boolean.getBoolean("extract.regenerate")) {
                Files.writeString(exp, actual);
                return;
            }
            List<String> diffs = new ArrayList<>();
            diff("", golden, MAPPER.readTree(actual), diffs);
            assertTrue(diffs.isEmpty(), name + " differs from its golden file (" + diffs.size() + " places):\n"
                    + String.join("\n", diffs.subList(0, Math.min(40, diffs.size()))));
        }));
    }

    private static void diff(String path, JsonNode want, JsonNode got, List<String> out) {
        if (want.isObject() && got.isObject()) {
            for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                diff(path + "." + f, want.get(f), got.has(f) ? got.get(f) : MAPPER.nullNode(), out);
            }
            for (Iterator<String> it = got.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!want.has(f)) {
                    out.add(path + "." + f + ": unexpected " + got.get(f));
                }
            }
        } else if (want.isArray() && got.isArray()) {
            int n = Math.max(want.size(), got.size());
            for (int i = 0; i < n; i++) {
                diff(path + "[" + i + "]", i < want.size() ? want.get(i) : MAPPER.missingNode(),
                        i < got.size() ? got.get(i) : MAPPER.missingNode(), out);
            }
        } else if (!want.equals(got)) {
            out.add(path + ": expected " + want + ", got " + got);
        }
    }
}
