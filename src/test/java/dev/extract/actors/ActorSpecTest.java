package dev.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.extract.text.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the spec corpus testdata/actors.tsv: one case a line, {@code text TAB actors}. Actors are separated
 * by {@code ;} and listed by first mention, each as {@code TYPE[/subtype] Name [{key=value, ...}]: m1, m2}
 * where a mention is its text, with {@code /kind} unless the kind is {@code name} and {@code /credit} for a
 * photo credit. {@code -} means no actor. Every actor the extractor finds must be listed. {@code \n} in the
 * text is a line break (a blank line makes a first paragraph a headline).
 */
class ActorSpecTest {
    private static final Path SPEC = Path.of("testdata/actors.tsv");
    private static final Pattern ACTOR = Pattern.compile("([A-Z]+)(?:/([a-z]+))? ([^:{]+?)(?: \\{([^}]*)\\})?: (.*)");
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ActorExtractor EXTRACTOR = new ActorExtractor();

    @TestFactory
    Stream<DynamicTest> spec() throws IOException {
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 2) {
                throw new IllegalArgumentException("actors.tsv line " + (n + 1) + ": want text TAB actors");
            }
            String text = cols[0].replace("\\n", "\n");
            String want = cols[1].strip();
            int lineNo = n + 1;
            tests.add(DynamicTest.dynamicTest("line " + lineNo + ": " + cols[0], () -> {
                List<Actor> got = EXTRACTOR.extract(SEGMENTER.segment("spec", text, null, null));
                assertEquals(want, render(got, want), "actors.tsv line " + lineNo + ": " + cols[0]);
            }));
        }
        return tests.stream();
    }

    /** The actors in the spec's notation, showing subtypes and attributes only where the spec asks. */
    static String render(List<Actor> actors, String want) {
        if (actors.isEmpty()) {
            return "-";
        }
        String[] expected = want.equals("-") ? new String[0] : want.split(" *; *");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < actors.size(); k++) {
            Matcher m = k < expected.length ? ACTOR.matcher(expected[k]) : null;
            boolean ok = m != null && m.matches();
            Actor a = actors.get(k);
            StringBuilder b = new StringBuilder(a.type());
            if (ok && m.group(2) != null) {
                b.append('/').append(a.subtype());
            }
            b.append(' ').append(a.name());
            if (ok && m.group(4) != null) {
                List<String> attrs = new ArrayList<>();
                for (String kv : m.group(4).split(", *")) {
                    String key = kv.split("=", 2)[0];
                    attrs.add(key + "=" + switch (key) {
                        case "country" -> a.country();
                        case "titles" -> String.join("|", a.titles());
                        case "count" -> String.valueOf(a.count());
                        case "gender" -> a.gender() == null ? "null" : a.gender().jsonName();
                        default -> "?";
                    });
                }
                b.append(" {").append(String.join(", ", attrs)).append('}');
            }
            List<String> ms = new ArrayList<>();
            for (Mention x : a.mentions()) {
                ms.add(x.text() + (x.kind().equals("name") ? "" : "/" + x.kind()) + (x.role() == null ? "" : "/" + x.role()));
            }
            out.add(b + ": " + String.join(", ", ms));
        }
        return String.join("; ", out);
    }
}
