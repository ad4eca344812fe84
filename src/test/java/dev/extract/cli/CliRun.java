package dev.extract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command in-process and keeps what it wrote. */
public record CliRun(int status, String out, String err) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** How many articles {@code testdata/} holds (every {@code *.txt}, counted apart from the tool). */
    static long testdataArticles() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("testdata"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Output parsed as JSON Lines: one object per non-empty line. */
    List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : this.out.split("\n")) {
            if (!line.isBlank()) {
                out.add(MAPPER.readTree(line));
            }
        }
        return out;
    }

    JsonNode json() throws IOException {
        return MAPPER.readTree(out);
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
