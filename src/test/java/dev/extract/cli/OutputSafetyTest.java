package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} never destroys data: the previous file survives a failed run, inputs and devices are safe. */
class OutputSafetyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PREVIOUS = "{\"previous\":true}\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<String> leftovers(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith(".extract")).toList();
        }
    }

    @Test
    void aFailedRunKeepsThePreviousFile() throws Exception {
        Path prev = write("prev.json", PREVIOUS);
        CliRun r = CliRun.of("-o", prev.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(PREVIOUS, Files.readString(prev));
        assertEquals(List.of(), leftovers(tmp));
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws Exception {
        String article = "Reuters said on Monday that 300 people came.";
        Path in = write("a.txt", article);
        Path link = tmp.resolve("link.json");
        Files.createSymbolicLink(link, in);
        for (String out : List.of(in.toString(), link.toString())) {
            CliRun r = CliRun.of("-o", out, in.toString());
            assertEquals(2, r.status(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains("is also an input"), r.err());
            assertEquals(article, Files.readString(in));
        }
    }

    @Test
    void aSymbolicLinkIsFollowedToItsTarget() throws Exception {
        Path target = write("real.json", PREVIOUS);
        Path link = tmp.resolve("link.json");
        Files.createSymbolicLink(link, target);
        CliRun r = CliRun.of("-o", link.toString(), MainTest.SEED.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals("1", MAPPER.readTree(Files.readString(target)).get("schemaVersion").asText());
    }

    /**
     * A device node of our own (never the system's /dev/null: a regression run as root would replace it),
     * or null where this user may not make one.
     */
    private Path device(String name, int minor) throws Exception {
        Path p = tmp.resolve(name);
        Process mknod = new ProcessBuilder("mknod", "-m", "666", p.toString(), "c", "1", Integer.toString(minor))
                .redirectErrorStream(true).start();
        mknod.getInputStream().readAllBytes();
        return mknod.waitFor() == 0 ? p : null;
    }

    @Test
    void devicesAndStandardOutputAreWrittenThrough() throws Exception {
        Path nul = device("null", 3);
        if (nul != null) {
            CliRun r = CliRun.of("-o", nul.toString(), MainTest.SEED.toString());
            assertEquals(0, r.status(), r.err());
            assertFalse(Files.isRegularFile(nul), "the device is still a device");
        }
        CliRun out = CliRun.of("-o", "/dev/stdout", MainTest.SEED.toString());
        assertEquals(0, out.status(), out.err());
        assertEquals("1", out.json().get("schemaVersion").asText(), "went to this process's standard output");
    }

    @Test
    void aNamedPipeIsWrittenThrough() throws Exception {
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        StringBuilder got = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                got.append(Files.readString(fifo));
            } catch (Exception e) {
                got.append("failed: ").append(e);
            }
        });
        reader.setDaemon(true); // if the pipe were replaced, the reader would wait for ever: never block the suite
        reader.start();
        CliRun r = CliRun.of("-o", fifo.toString(), MainTest.SEED.toString());
        reader.join(30_000); // the run has returned, so the data is written: this only waits for the copy
        assertFalse(reader.isAlive(), "nothing reached the pipe");
        assertEquals(0, r.status(), r.err());
        assertTrue(got.toString().contains("\"schemaVersion\""), got.toString());
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
    }

    @Test
    void aFullDiskIsReportedWithStatusOne() throws Exception {
        Path full = device("full", 7); // every write fails with ENOSPC
        org.junit.jupiter.api.Assumptions.assumeTrue(full != null, "cannot make a device node here");
        CliRun r = CliRun.of("-o", full.toString(), MainTest.SEED.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("No space left"), r.err());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void aWriteErrorRemovesTheTemporaryFileAndKeepsThePreviousFile() throws Exception {
        Path prev = write("prev.json", PREVIOUS);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        FileSink sink = new FileSink(prev, dev.extract.view.Renderers.of(dev.extract.view.OutputFormat.JSONL, false, null, false), true, false,
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), out -> new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws java.io.IOException {
                        throw new java.io.IOException("No space left on device");
                    }
                });
        Job job = new Job() {
            public String id() {
                return "a";
            }

            public String outputName() {
                return "a";
            }

            public Loaded load() {
                return null;
            }
        };
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> sink.accept(Result.ok(job, "a", "{}\n", null)));
        assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("prev.json"), e.getMessage());
        sink.close();
        assertEquals(PREVIOUS, Files.readString(prev));
        assertEquals(List.of(), leftovers(tmp));
    }

    @Test
    void newOutputFilesFollowTheUmask() throws Exception {
        Path reference = tmp.resolve("reference");
        Files.newOutputStream(reference).close(); // created by the OS with 0666 & ~umask
        Path out = tmp.resolve("new.json");
        assertEquals(0, CliRun.of("-o", out.toString(), MainTest.SEED.toString()).status());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
    }

    @Test
    void anOutputThatCannotBeMadeIsReportedWithItsReason() throws Exception {
        Path file = write("plain", "x");
        for (String out : List.of(file + "/", file + "/sub/out.json")) {
            CliRun r = CliRun.of("-o", out, MainTest.SEED.toString());
            assertEquals(1, r.status(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains(file.toString()) && (r.err().contains("not a folder") || r.err().contains("Not a directory")), r.err());
        }
    }

    @Test
    void emptyOutputNameAndBadGlobAreUsageErrors() {
        for (String[] args : List.of(new String[] {"-o", "", "x.txt"}, new String[] {"--glob", "[", "."})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("java."), r.err());
        }
    }

    @Test
    void oneUnwritableNameDoesNotStopTheBatchAndNamesAreSafeAndUnique() throws Exception {
        String longId = "\u4e2d".repeat(90);
        List<String> ids = List.of("first", longId, "v1.2/notes", "../escape", ".hidden", "a/x", "a_x", "last");
        StringBuilder jsonl = new StringBuilder();
        for (String id : ids) {
            jsonl.append("{\"id\":").append(MAPPER.writeValueAsString(id)).append(",\"text\":\"The BBC said so.\"}\n");
        }
        Path in = write("batch.jsonl", jsonl.toString());
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("-o", out + "/", in.toString());
        assertEquals(0, r.status(), r.err());
        Set<String> seen = new HashSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertTrue(f.startsWith(out), f.toString());
                String name = f.getFileName().toString();
                assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
                assertFalse(name.startsWith("."), name);
                seen.add(MAPPER.readTree(Files.readString(f)).get("id").asText());
            }
        }
        assertEquals(new HashSet<>(ids), seen, "one file per record, none overwritten");
        assertTrue(Files.exists(out.resolve("v1.2_notes.json")), "the dot in v1.2 is not an extension");
    }

    @Test
    void twoInputsWithOneNameGetTwoFiles() throws Exception {
        Path a = write("a/x.txt", "The BBC said so.");
        Path b = write("b/x.txt", "AP said so.");
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("-o", out + "/", a.toString(), b.toString()).status());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(2, s.count());
        }
    }

    @Test
    void theOutputIsNeverReadAsAnInput() throws Exception {
        write("in/a.txt", "The BBC said so.");
        write("in/b.txt", "AP said so.");
        Path file = tmp.resolve("in/all.out");
        for (int run = 0; run < 2; run++) {
            CliRun r = CliRun.of("--glob", "*", "-o", file.toString(), tmp.resolve("in").toString());
            assertEquals(0, r.status(), r.err());
            List<String> ids = Files.readAllLines(file).stream().map(l -> read(l).get("id").asText()).toList();
            assertEquals(2, ids.size(), ids.toString());
        }
        Path dir = tmp.resolve("in/out");
        for (int run = 0; run < 2; run++) {
            CliRun r = CliRun.of("--glob", "*.txt", "-o", dir + "/", tmp.resolve("in").toString());
            assertEquals(0, r.status(), r.err());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(2, s.filter(Files::isRegularFile).count());
        }
    }

    private static JsonNode read(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
