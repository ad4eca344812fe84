package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd but real input: typographic spaces, colour codes, decomposed accents, encodings, JSON Lines edge cases. */
class InputRobustnessTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode a, String kind) {
        List<String> out = new ArrayList<>();
        a.get(kind).forEach(x -> out.add(x.get("text").asText()));
        return out;
    }

    /** Every span's text is the input's code points at [start, end). */
    private static void spansMatch(JsonNode a, String input) {
        int[] cps = input.codePoints().toArray();
        a.findParents("start").forEach(span -> {
            if (span.has("text") && span.has("end")) {
                int s = span.get("start").asInt();
                int e = span.get("end").asInt();
                assertEquals(new String(cps, s, e - s), span.get("text").asText(), span.toString());
            }
        });
    }

    @Test
    void noBreakAndThinSpacesAreSpaces() throws Exception {
        String text = "Headline here\n\nThe council said on Friday the bridge cost $5\u00a0million on March\u00a04,\u00a02024, "
                + "and that 12\u2009people were hurt while 40\u202Fpercent of the town watched.\n";
        JsonNode a = CliRun.of("--reference-date", "2024-06-01", write("nbsp.txt", text).toString()).json();
        JsonNode money = a.get("figures").get(0);
        assertEquals("$5\u00a0million", money.get("text").asText(), a.get("figures").toString());
        assertEquals(5_000_000, money.get("value").asLong());
        assertTrue(a.get("dates").findValuesAsText("value").contains("2024-03-04"), a.get("dates").toString());
        assertTrue(texts(a, "figures").contains("40\u202Fpercent"), a.get("figures").toString());
        spansMatch(a, text);
    }

    @Test
    void terminalColourCodesAreNotFigures() throws Exception {
        String text = "The team wore \u001b[31mred\u001b[0m shirts, the coach said on Friday.\n";
        JsonNode a = CliRun.of(write("ansi.txt", text).toString()).json();
        assertEquals(List.of(), texts(a, "figures"));
        spansMatch(a, text);
    }

    @Test
    void decomposedAccentsMatchComposedOnes() throws Exception {
        String text = "Headline here\n\nJos\u00e9 \u00c1lvarez met the press in Madrid on Monday. "
                + "Later, Jose\u0301 A\u0301lvarez said the plan would go ahead.\n";
        JsonNode a = CliRun.of(write("nfd.txt", text).toString()).json();
        JsonNode actor = null;
        for (JsonNode x : a.get("actors")) {
            if (x.get("name").asText().contains("lvarez")) {
                assertTrue(actor == null, "one actor, not two: " + a.get("actors"));
                actor = x;
            }
        }
        assertTrue(actor != null, a.get("actors").toString());
        assertEquals(2, actor.get("mentions").size(), actor.toString());
        spansMatch(a, text);
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersWithAWarning() throws Exception {
        String line = "{\"id\":\"s\",\"text\":\"Reuters said \\ud800 that 300 people came on Friday.\"}\n";
        CliRun r = CliRun.of(write("s.jsonl", line).toString());
        assertEquals(0, r.status(), r.err());
        JsonNode a = r.lines().get(0);
        String input = "Reuters said \ufffd that 300 people came on Friday.";
        assertEquals(input.codePointCount(0, input.length()), a.get("stats").get("characters").asInt());
        spansMatch(a, input);
        assertTrue(r.err().contains("warning") && r.err().contains("U+FFFD"), r.err());
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreDecoded() throws Exception {
        String text = "\ufeffThe ministry said 300 soldiers were hurt.\n";
        for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            CliRun r = CliRun.of(write(cs + ".txt", text.getBytes(Charset.forName(cs))).toString());
            assertEquals(0, r.status(), cs + ": " + r.err());
            assertEquals(List.of("300"), texts(r.json(), "figures"), cs);
            spansMatch(r.json(), text);
        }
    }

    @Test
    void oneStrayByteKeepsTheRestUtf8() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("Jos\u00e9 \u00c1lvarez said 300 people came \u2014 ".getBytes(StandardCharsets.UTF_8));
        b.write(0x92);
        b.write(" a stray byte.\n".getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("--with-text", write("stray.txt", b.toByteArray()).toString()); // the decoded text itself, not what a claim happens to quote
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Jos\u00e9 \u00c1lvarez"), "no mojibake: " + r.out());
        assertTrue(r.out().contains("\ufffd"), r.out());
        assertTrue(r.err().contains("warning") && r.err().contains("U+FFFD"), r.err());
        // a file with no UTF-8 at all is still read as windows-1252
        CliRun legacy = CliRun.of(write("legacy.txt", "Le caf\u00e9 ferme, said the owner.".getBytes(StandardCharsets.ISO_8859_1)).toString());
        assertEquals(30, legacy.json().get("stats").get("characters").asInt(), "one character per byte");
        assertTrue(legacy.err().contains("windows-1252"), legacy.err());
    }

    @Test
    void jsonLinesEdgeCasesHaveDefinedBehaviour() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(String.join("\n",
                "{\"id\":\"bom\",\"text\":\"The BBC said so.\"}",
                "{\"id\":\"two\",\"text\":\"AP said so.\"} {\"id\":\"hidden\",\"text\":\"Lost said so.\"}",
                "{\"id\":\"junk\",\"text\":\"AP said so.\"} trailing",
                "{\"id\":\"dup\",\"text\":\"AP said so.\",\"text\":\"Other said so.\"}",
                "{\"id\":\"bad-utf8\",\"text\":\"AP said ").getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.write(" so.\"}\n".getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of(write("edge.jsonl", b.toByteArray()).toString());
        List<JsonNode> lines = r.lines();
        assertEquals(5, lines.size(), r.out());
        assertEquals("bom", lines.get(0).get("id").asText(), "a UTF-8 BOM does not spoil line 1");
        assertFalse(lines.get(0).has("error"), lines.get(0).toString());
        for (int i = 1; i <= 3; i++) {
            JsonNode e = lines.get(i).get("error");
            assertTrue(e != null && e.get("code").asText().equals("bad-json"), lines.get(i).toString());
            String m = e.get("message").asText();
            assertFalse(m.contains("com.fasterxml") || m.contains("JsonNode") || m.contains("Feature") || m.contains("(code"), m);
        }
        assertTrue(lines.get(1).get("error").get("message").asText().contains("second object"), lines.get(1).toString());
        assertTrue(lines.get(3).get("error").get("message").asText().contains("twice"), lines.get(3).toString());
        assertEquals("bad-utf8", lines.get(4).get("id").asText());
        assertFalse(lines.get(4).has("error"));
        assertTrue(r.err().contains("bad-utf8: warning") && r.err().contains("not UTF-8"), r.err());
    }

    @Test
    void controlCharactersInMessagesAreEscaped() throws Exception {
        String id = "evil\u001b[31m\nextract: forged line";
        String line = "{\"id\":" + MAPPER.writeValueAsString(id) + ",\"text\":\"  \"}\n";
        CliRun r = CliRun.of(write("evil.jsonl", line).toString());
        assertEquals(1, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("\\u001b[31m\\nextract: forged line"), r.err());
    }

    @Test
    void aNamedPipeInAnInputFolderIsSkippedWithAWarning() throws Exception {
        write("in/a.txt", "The BBC said so.");
        Path fifo = tmp.resolve("in/b.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // a writer keeps the pipe from blocking for ever even if it were read; it must stay unread
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "Reuters said the pipe was read.");
            } catch (Exception ignored) {
                // the test opens the pipe itself at the end
            }
        });
        writer.setDaemon(true);
        writer.start();
        CliRun r = CliRun.of(tmp.resolve("in").toString(), tmp.resolve("in/a.txt").toString());
        boolean unread = writer.isAlive();
        if (unread) {
            Files.readString(fifo); // release the writer
        }
        assertEquals(0, r.status(), r.err());
        assertTrue(unread, "the pipe was read");
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.err().contains("b.txt: skipped: not a regular file"), r.err());
    }
}
