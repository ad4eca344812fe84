package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    static final Path SEED = Path.of("testdata/putin-recruitment.txt");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void oneFileGivesOnePrettyArticle() throws Exception {
        CliRun r = CliRun.of(SEED.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode a = r.json();
        assertEquals("Putin Has Just Announced A New Tactic To Recruit More Troops Without Conscription", a.get("title").asText());
        assertEquals("1", a.get("schemaVersion").asText());
        assertEquals(SEED.toString(), a.get("id").asText());
        assertTrue(r.out().contains("\n  \""), "pretty-printed");
        for (String k : List.of("figures", "dates", "actors", "claims")) {
            assertTrue(a.get(k).isArray(), k);
        }
        assertEquals("", r.err());
    }

    @Test
    void referenceDateOptionIsReported() throws Exception {
        JsonNode a = CliRun.of("--reference-date", "2024-01-05", SEED.toString()).json();
        assertEquals("2024-01-05", a.get("referenceDate").asText());
        assertEquals("option", a.get("referenceDateSource").asText());
        JsonNode none = CliRun.of(SEED.toString()).json();
        assertTrue(none.get("referenceDate").isNull(), "no option, no input date, no dateline: null, never the clock");
    }

    @Test
    void compactForcesOneLine() {
        CliRun r = CliRun.of("--compact", SEED.toString());
        assertEquals(1, r.out().strip().lines().count());
    }

    @Test
    void severalFilesGiveJsonLinesInInputOrder() throws Exception {
        Path b = write("b.txt", "Second article. Reuters said so on Monday.");
        Path a = write("a.txt", "First article. The BBC said so.");
        CliRun r = CliRun.of("--threads", "2", b.toString(), a.toString(), SEED.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonNode> lines = r.lines();
        assertEquals(List.of(b.toString(), a.toString(), SEED.toString()), lines.stream().map(n -> n.get("id").asText()).toList());
    }

    @Test
    void folderIsWalkedRecursivelyInNameOrderWithGlob() throws Exception {
        write("d/z.txt", "Zed text here.");
        write("d/sub/m.txt", "Em text here.");
        write("d/a.txt", "Ay text here.");
        write("d/notes.md", "Not an article.");
        CliRun r = CliRun.of(tmp.resolve("d").toString());
        assertEquals(0, r.status(), r.err());
        List<String> ids = r.lines().stream().map(n -> Path.of(n.get("id").asText()).getFileName().toString()).toList();
        assertEquals(List.of("a.txt", "m.txt", "z.txt"), ids);
        CliRun md = CliRun.of("--glob", "*.md", tmp.resolve("d").toString());
        assertEquals(1, md.lines().size());
    }

    @Test
    void standardInputIsReadWithDashOrNoArgument() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Headline Words\n\nReuters said it on Monday.".getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("-");
            assertEquals(0, r.status(), r.err());
            assertEquals("Headline Words", r.json().get("title").asText());
            assertEquals("-", r.json().get("id").asText());
            System.setIn(new ByteArrayInputStream("Some text.".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, CliRun.of().status());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonlWithAMalformedLineInTheMiddleKeepsGoing() throws Exception {
        Path in = write("in.jsonl", String.join("\n",
                "{\"id\": \"one\", \"text\": \"Reuters said so.\", \"referenceDate\": \"2024-01-05\"}",
                "{\"id\": \"two\", \"text\": ",
                "",
                "{\"id\": \"three\", \"text\": \"The BBC said so.\", \"referenceDate\": null}",
                "{\"id\": \"four\", \"text\": \"x\", \"referenceDate\": \"yesterday\"}",
                "{\"id\": \"five\", \"text\": \"   \"}") + "\n");
        CliRun r = CliRun.of(in.toString());
        assertEquals(1, r.status());
        List<JsonNode> lines = r.lines();
        assertEquals(5, lines.size(), r.out());
        assertEquals("one", lines.get(0).get("id").asText());
        assertEquals("input", lines.get(0).get("referenceDateSource").asText());
        assertEquals("bad-json", lines.get(1).get("error").get("code").asText());
        assertEquals(in + ":2", lines.get(1).get("id").asText());
        assertEquals("three", lines.get(2).get("id").asText());
        assertEquals("bad-reference-date", lines.get(3).get("error").get("code").asText());
        assertEquals("four", lines.get(3).get("id").asText());
        assertEquals("empty", lines.get(4).get("error").get("code").asText());
        assertEquals(3, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("extract: " + in + ":2: malformed JSON line"), r.err());
    }

    @Test
    void jsonlFormatCanBeForcedAndReadsStdin() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"Hello there.\"}\n".getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("--input-format", "jsonl");
            assertEquals(0, r.status(), r.err());
            assertEquals("x", r.lines().get(0).get("id").asText());
            assertEquals(1, r.out().lines().count());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonlFromANonRegularFileAndAMissingOne() throws Exception {
        CliRun empty = CliRun.of("--input-format", "jsonl", "/dev/null");
        assertEquals(0, empty.status(), empty.err());
        assertEquals("", empty.out());
        Path missing = tmp.resolve("missing.jsonl");
        CliRun r = CliRun.of(missing.toString(), SEED.toString());
        assertEquals(1, r.status());
        assertEquals("not-found", r.lines().get(0).get("error").get("code").asText());
        assertEquals(2, r.lines().size());
    }

    @Test
    void badInputsEachGetAnErrorAndTheBatchGoesOn() throws Exception {
        Path good = write("b/1-good.txt", "Reuters said so.");
        Path empty = write("b/2-empty.txt", "");
        Path binary = tmp.resolve("b/3-binary.txt");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        Path latin = tmp.resolve("b/4-latin.txt");
        Files.write(latin, "Caf\u00e9 owners said so.".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = tmp.resolve("b/5-missing.txt");
        CliRun r = CliRun.of(good.toString(), empty.toString(), binary.toString(), latin.toString(), missing.toString());
        assertEquals(1, r.status());
        List<JsonNode> lines = r.lines();
        assertEquals(5, lines.size());
        assertFalse(lines.get(0).has("error"));
        assertEquals("empty", lines.get(1).get("error").get("code").asText());
        assertEquals("binary", lines.get(2).get("error").get("code").asText());
        assertFalse(lines.get(3).has("error"), "windows-1252 is read, with a warning");
        assertEquals("not-found", lines.get(4).get("error").get("code").asText());
        assertTrue(r.err().contains(latin + ": warning: not valid UTF-8; read as windows-1252"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack traces: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void maxCharsRefusesLongInputs() throws Exception {
        Path p = write("long.txt", "word ".repeat(100));
        CliRun r = CliRun.of("--max-chars", "50", p.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("over the --max-chars limit") || r.err().contains("over the limit"), r.err());
        assertEquals("", r.out(), "a single failed article prints no JSON; the error is on stderr");
    }

    @Test
    void usageErrorsAreOneLineAndStatusTwo() {
        for (String[] args : List.of(
                new String[] {"--no-such-option"},
                new String[] {"--reference-date", "05/01/2024", "x.txt"},
                new String[] {"--only", "dates,weather", "x.txt"},
                new String[] {"--input-format", "xml", "x.txt"},
                new String[] {"--threads", "-3", "x.txt"},
                new String[] {"--compact", "--pretty", "x.txt"},
                new String[] {"--date-order", "ymd", "x.txt"},
                new String[] {"--reference-date", "+999999999-12-31", "x.txt"},
                new String[] {"--reference-date", "-0001-01-01", "x.txt"})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("extract: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void dateOrderDecidesAmbiguousNumericDates() throws Exception {
        Path p = write("numeric.txt", "The contract was signed on 04/01/2024 in Paris.");
        JsonNode us = CliRun.of("--reference-date", "2024-06-01", p.toString()).json();
        JsonNode eu = CliRun.of("--reference-date", "2024-06-01", "--date-order", "dmy", p.toString()).json();
        assertEquals("2024-04-01", us.get("dates").get(0).get("value").asText());
        assertEquals("2024-01-04", eu.get("dates").get(0).get("value").asText());
    }

    @Test
    void onlyLeavesTheOtherArraysPresentAndEmpty() throws Exception {
        JsonNode a = CliRun.of("--only", "dates", "--reference-date", "2024-01-05", SEED.toString()).json();
        assertEquals(0, a.get("figures").size());
        assertEquals(0, a.get("actors").size());
        assertEquals(0, a.get("claims").size());
        assertTrue(a.get("dates").isArray());
    }

    @Test
    void outputDirectoryGetsOneFilePerInput() throws Exception {
        Path a = write("in/a.txt", "Reuters said so.");
        Path b = write("in/b.txt", "");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("-o", out + "/", tmp.resolve("in").toString());
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(Files.readString(out.resolve("a.json")).contains("\"schemaVersion\""));
        assertTrue(Files.readString(out.resolve("b.json")).contains("\"error\""));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void outputFileIsWrittenWhole() throws Exception {
        Path out = tmp.resolve("result.jsonl");
        CliRun r = CliRun.of("-o", out.toString(), SEED.toString(), SEED.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(2, Files.readAllLines(out).size());
    }

    @Test
    void helpVersionSchemaAndCompletion() throws Exception {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Examples:"));
        assertTrue(help.out().contains("Exit status"));
        assertTrue(CliRun.of("--version").out().startsWith("extract "));
        assertEquals("https://json-schema.org/draft/2020-12/schema", CliRun.of("--schema").json().get("$schema").asText());
        assertTrue(CliRun.of("--completion").out().contains("complete -F"));
    }
}
