package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines input streams through: 128 MB of input with the heap capped at 64 MB gives one output line
 * per input line. Each line carries a real article and 1 MB of an ignored field, so the input is large
 * while the extraction stays quick. (bin/bench memory does the same with 1 GB and -Xmx256m.)
 */
class StreamingMemoryTest {
    @TempDir
    Path tmp;

    private String readErr() {
        try {
            String e = Files.readString(tmp.resolve("err.txt"));
            return e.substring(0, Math.min(2000, e.length()));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /**
     * The collector bin/extract runs with. Under G1 every 2 MB line is a humongous object in a 1 MB-region heap of
     * 64 MB, and whether a run fits then depends on fragmentation (one fresh-clone run in about ten ran out);
     * the bound under test is on the tool's own buffers, so the child runs as the launcher runs it.
     */
    private static final String SERIAL_GC = "-XX:+UseSerialGC";

    @Test
    void largeJsonLinesInputStreamsThroughASmallHeap() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String article = Files.readString(Path.of("testdata/putin-recruitment.txt"));
        String padding = "x".repeat(1 << 20);
        Path in = tmp.resolve("big.jsonl");
        int lines = 128;
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                w.write("{\"id\":\"a" + i + "\",\"text\":" + mapper.writeValueAsString(article)
                        + ",\"referenceDate\":\"2024-01-05\",\"padding\":\"" + padding + "\"}\n");
            }
        }
        assertTrue(Files.size(in) > 128L * 1024 * 1024);
        File out = tmp.resolve("out.jsonl").toFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", SERIAL_GC, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--threads", "2", in.toString())
                .redirectOutput(out).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "did not finish");
        assertEquals(0, p.exitValue(), () -> "failed with the heap capped at 64 MB: " + readErr());
        List<String> written = Files.readAllLines(out.toPath());
        assertEquals(lines, written.size());
        assertEquals("a127", mapper.readTree(written.get(lines - 1)).get("id").asText());
    }

    /**
     * Memory is bounded by the characters in flight, not by the number of jobs: with eight threads, lines
     * of 2 MB each under a 64 MB heap would be 17 lines (34 MB, and as much again parsed) at once if only
     * jobs were counted.
     */
    @Test
    void manyThreadsDoNotMultiplyMemory() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String article = Files.readString(Path.of("testdata/putin-recruitment.txt"));
        String padding = "x".repeat(2 << 20);
        Path in = tmp.resolve("wide.jsonl");
        int lines = 12;
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                w.write("{\"id\":\"w" + i + "\",\"text\":" + mapper.writeValueAsString(article)
                        + ",\"padding\":\"" + padding + "\"}\n");
            }
        }
        File out = tmp.resolve("wide-out.jsonl").toFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", SERIAL_GC, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--threads", "8", in.toString())
                .redirectOutput(out).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "did not finish");
        assertEquals(0, p.exitValue(), () -> "failed with 8 threads and the heap capped at 64 MB: " + readErr());
        List<String> written = Files.readAllLines(out.toPath());
        assertEquals(lines, written.size());
        assertEquals("w11", mapper.readTree(written.get(lines - 1)).get("id").asText());
    }
}
