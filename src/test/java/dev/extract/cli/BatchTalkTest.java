package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches that talk on a terminal and stay quiet in a pipe; folders that match nothing say so. */
class BatchTalkTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noTerminal() {
        System.clearProperty("extract.tty");
    }

    @Test
    void onATerminalABatchShowsProgressAndASummary() {
        System.setProperty("extract.tty", "2");
        CliRun r = CliRun.of("--reference-date", "2024-01-05", "testdata/", "-o", tmp.resolve("out") + "/");
        assertEquals(0, r.status(), r.err());
        String last = r.err().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches(".*extract: " + CliRun.testdataArticles() + " articles in [0-9.]+ s \\([0-9.]+/s\\): [0-9,]+ figures, [0-9,]+ dates, "
                + "[0-9,]+ actors, [0-9,]+ claims"), r.err());
        assertTrue(r.err().contains("\rextract: ") || r.err().contains("\r\u001b[K"), "progress line: " + r.err());
    }

    @Test
    void theTotalForTheEtaIsCountedFromNamesAlone() throws Exception {
        dev.extract.cli.TextDecoder decoder = new dev.extract.cli.TextDecoder(1000);
        assertEquals(CliRun.testdataArticles(), new Inputs(java.util.List.of("testdata/"), Inputs.Format.AUTO, "*.txt", decoder, 1000).count());
        assertEquals(CliRun.testdataArticles() + 1, new Inputs(java.util.List.of("testdata/", MainTest.SEED.toString()), Inputs.Format.AUTO,
                "*.txt", decoder, 1000).count());
        assertEquals(-1, new Inputs(java.util.List.of("-"), Inputs.Format.AUTO, "*.txt", decoder, 1000).count(),
                "standard input: unknown");
        Path jsonl = Files.writeString(tmp.resolve("a.jsonl"), "{\"id\":\"x\",\"text\":\"y\"}\n");
        assertEquals(-1, new Inputs(java.util.List.of(jsonl.toString()), Inputs.Format.AUTO, "*.txt", decoder, 1000)
                .count(), "JSON Lines: unknown");
    }

    @Test
    void outputOnTheSameTerminalGetsTheSummaryButNoProgressLine() {
        System.setProperty("extract.tty", "12");
        CliRun r = CliRun.of("--format", "text", "testdata/");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("\r"), r.err());
        assertTrue(r.err().startsWith("extract: " + CliRun.testdataArticles() + " articles in "), r.err());
    }

    @Test
    void quietOrPipedItShowsNeither() {
        CliRun piped = CliRun.of("testdata/", "-o", tmp.resolve("a") + "/");
        assertEquals("", piped.err());
        System.setProperty("extract.tty", "2");
        CliRun quiet = CliRun.of("--quiet", "testdata/", "-o", tmp.resolve("b") + "/");
        assertEquals("", quiet.err());
        CliRun single = CliRun.of(MainTest.SEED.toString());
        assertEquals("", single.err(), "one article needs no summary");
    }

    @Test
    void failuresAreCountedInTheSummary() throws Exception {
        System.setProperty("extract.tty", "2");
        Files.writeString(tmp.resolve("ok.txt"), "The council said 300 jobs went on Monday.");
        Files.writeString(tmp.resolve("empty.txt"), "");
        CliRun r = CliRun.of(tmp.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("extract: 1 articles in") && r.err().contains("; 1 failed"), r.err());
    }

    @Test
    void aFolderWithNoMatchIsAUsageErrorThatNamesTheGlob() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("a.md"), "The council said 300 jobs went.");
        CliRun r = CliRun.of(dir.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no inputs matched " + Inputs.DEFAULT_GLOB + " in " + dir + "; try --glob"), r.err());
        CliRun md = CliRun.of("--glob", "*.txt.gz", dir.toString());
        assertTrue(md.status() == 2 && md.err().contains("no inputs matched *.txt.gz"), md.err());
        CliRun empty = CliRun.of(Files.createDirectories(tmp.resolve("empty")).toString());
        assertEquals(2, empty.status(), empty.err());
    }

    @Test
    void theDefaultGlobIgnoresCase() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("upper"));
        Files.writeString(dir.resolve("A.TXT"), "The council said 300 jobs went.");
        Files.writeString(dir.resolve("b.Txt"), "The mayor said 5% more.");
        CliRun r = CliRun.of(dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.out().lines().count());
        assertFalse(CliRun.of("--glob", "*.txt", "--format", "jsonl", dir.resolve("A.TXT").toString()).out().isEmpty());
    }
}
