package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch never loses an input: each yields a result or an error record, whatever it is. */
class BatchRobustnessTest {
    @TempDir
    Path dir;

    @Test
    void everyInputYieldsAResultOrAnErrorRecord() throws Exception {
        Files.writeString(dir.resolve("01-good.txt"), "Reuters said on Monday that 300 people came.");
        Path unreadable = Files.writeString(dir.resolve("02-unreadable.txt"), "Secret text.");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        Files.createSymbolicLink(dir.resolve("03-broken-link.txt"), dir.resolve("nowhere.txt"));
        // NUL bytes without a known format's signature (a PNG's is refused as unsupported-format, see SourceSpecTest)
        Files.write(dir.resolve("04-binary.txt"), new byte[] {0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.writeString(dir.resolve("05-empty.txt"), "");
        try (OutputStream out = Files.newOutputStream(dir.resolve("06-huge.txt"))) {
            byte[] line = "The ministry said 302,000 troops were lost in 2023, according to Reuters.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Files.write(dir.resolve("07-latin1.txt"), "Le caf\u00e9 a ferm\u00e9, said the owner.".getBytes(StandardCharsets.ISO_8859_1));
        Files.createSymbolicLink(dir.resolve("08-loop.txt"), dir.resolve("08-loop.txt"));
        Files.writeString(dir.resolve("09-batch.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"text\":\"The BBC said so.\"}",
                "{not json",
                "{\"id\":\"j3\",\"text\":\"AP said so.\",\"referenceDate\":\"2024-01-05\"}") + "\n");
        int inputs = 8 + 3;

        CliRun r = CliRun.of("--glob", "*.{txt,jsonl}", "--threads", "2", dir.toString());

        assertEquals(1, r.status(), r.err());
        List<JsonNode> lines = r.lines();
        long errors = lines.stream().filter(n -> n.has("error")).count();
        long results = lines.stream().filter(n -> n.has("schemaVersion")).count();
        assertEquals(inputs, results + errors, r.out());
        assertEquals(inputs, lines.size());
        // each error is named once on stderr, and no stack trace leaks out
        assertEquals(errors, r.errLines().stream().filter(l -> !l.contains("warning:")).count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        for (String code : List.of("not-found", "binary", "empty", "too-large", "bad-json")) {
            assertTrue(lines.stream().anyMatch(n -> n.has("error") && n.get("error").get("code").asText().equals(code)), code);
        }
    }
}
