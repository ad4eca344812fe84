package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGINT in the middle of a batch leaves only complete lines and complete files behind. */
class InterruptTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String seed = Files.readString(Path.of("testdata/putin-recruitment.txt"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(in.resolve(String.format("a%04d.txt", i)), seed);
        }
        return in;
    }

    private Process start(List<String> args, File stdout) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(stdout).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void interruptWhen(Process p, java.util.function.BooleanSupplier ready) throws Exception {
        signalWhen(p, ready, "INT", 130);
    }

    private static void signalWhen(Process p, java.util.function.BooleanSupplier ready, String signal, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ready.getAsBoolean() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not stop on SIG" + signal);
        assertEquals(status, p.exitValue(), "stopped by the signal, not by finishing");
    }

    @Test
    void interruptedJsonLinesOutputHasOnlyWholeLines() throws Exception {
        Path in = corpus();
        File out = tmp.resolve("out.jsonl").toFile();
        Process p = start(List.of("--threads", "2", in.toString()), out);
        interruptWhen(p, () -> out.length() > 20_000);
        String written = Files.readString(out.toPath());
        assertTrue(written.isEmpty() || written.endsWith("\n"), "last line cut short");
        long lines = written.lines().count();
        for (String line : written.lines().toList()) {
            MAPPER.readTree(line); // throws on a partial line
        }
        assertTrue(lines < 400, "interrupted before the end (" + lines + " lines)");
    }

    @Test
    void interruptedOutputDirectoryHasOnlyWholeFiles() throws Exception {
        Path in = corpus();
        Path outDir = tmp.resolve("outdir");
        Files.createDirectories(outDir);
        Process p = start(List.of("--threads", "2", "-o", outDir + "/", in.toString()), tmp.resolve("stdout").toFile());
        interruptWhen(p, () -> {
            try (Stream<Path> s = Files.list(outDir)) {
                return s.count() > 10;
            } catch (Exception e) {
                return false;
            }
        });
        try (Stream<Path> s = Files.list(outDir)) {
            for (Path f : s.toList()) {
                assertTrue(f.getFileName().toString().matches("a\\d{4}\\.json"), "left behind: " + f);
                assertEquals("1", MAPPER.readTree(Files.readString(f)).get("schemaVersion").asText(), f.toString());
            }
        }
    }

    private static long tempFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    /** A signal during {@code -o FILE} leaves the previous file as it was, and no temporary file. */
    @Test
    void interruptedOrTerminatedFileOutputKeepsThePreviousFile() throws Exception {
        Path in = corpus();
        Path dir = Files.createDirectories(tmp.resolve("o"));
        Path out = dir.resolve("out.jsonl");
        for (String[] signal : new String[][] {{"INT", "130"}, {"TERM", "143"}}) {
            Files.writeString(out, "previous\n");
            Process p = start(List.of("--threads", "2", "-o", out.toString(), in.toString()), tmp.resolve("stdout").toFile());
            signalWhen(p, () -> {
                try (Stream<Path> s = Files.list(dir)) {
                    return s.anyMatch(f -> f.toFile().length() > 20_000);
                } catch (Exception e) {
                    return false;
                }
            }, signal[0], Integer.parseInt(signal[1]));
            assertEquals("previous\n", Files.readString(out), "SIG" + signal[0]);
            assertEquals(0, tempFiles(dir), "SIG" + signal[0] + ": temporary file left behind");
        }
    }

    /** With --keep-partial the whole lines written before the signal are kept beside the target. */
    @Test
    void keepPartialKeepsWholeLinesBesideTheTarget() throws Exception {
        Path in = corpus();
        Path dir = Files.createDirectories(tmp.resolve("o"));
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "previous\n");
        Process p = start(List.of("--threads", "2", "--keep-partial", "-o", out.toString(), in.toString()), tmp.resolve("stdout").toFile());
        interruptWhen(p, () -> {
            try (Stream<Path> s = Files.list(dir)) {
                return s.anyMatch(f -> f.toFile().length() > 20_000);
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals("previous\n", Files.readString(out));
        String partial = Files.readString(dir.resolve("out.jsonl.partial"));
        assertTrue(partial.endsWith("\n"), "whole lines only");
        for (String line : partial.lines().toList()) {
            MAPPER.readTree(line);
        }
        assertEquals(0, tempFiles(dir));
    }

    /** Running out of memory on the only input leaves the previous file as it was (it was left at 0 bytes). */
    @Test
    void outOfMemoryKeepsThePreviousFile() throws Exception {
        String seed = Files.readString(Path.of("testdata/putin-recruitment.txt"));
        Path in = tmp.resolve("huge.txt");
        // 12M characters: decoding alone outgrows the heap, so the run fails fast instead of thrashing in GC
        Files.writeString(in, (seed + "\n\n").repeat(12_000_000 / (seed.length() + 2)));
        Path dir = Files.createDirectories(tmp.resolve("o"));
        Path out = dir.resolve("prev.json");
        Files.writeString(out, "previous\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--max-chars", "20000000", "-o", out.toString(), in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "did not finish");
        assertEquals(1, p.exitValue());
        assertEquals("previous\n", Files.readString(out));
        assertEquals(0, tempFiles(dir));
    }
}
