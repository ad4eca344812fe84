package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --help that reads well, a hint when reading a terminal, and --skip-existing to resume -o DIR runs. */
class HelpAndResumeTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noTerminal() {
        System.clearProperty("extract.tty");
    }

    @Test
    void helpShowsTrueDefaultsExitStatusesAndFormats() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("Default: all processors."), r.out()); // however picocli wraps it
        assertFalse(r.out().contains("(0)"), "no bare 0 for --threads");
        for (String status : new String[] {"  0 ", "  1 ", "  2 ", "  130 ", "  143 "}) {
            assertTrue(r.out().contains(status), status);
        }
        assertTrue(r.out().contains("--format=FORMAT") && r.out().contains("--table=TABLE"));
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CliRun r = CliRun.of("--threds", "2", MainTest.SEED.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("did you mean --threads?"), r.err());
    }

    @Test
    void readingATerminalSaysHowToEnd() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Reuters said 300 jobs went.".getBytes(StandardCharsets.UTF_8)));
            System.setProperty("extract.tty", "0");
            CliRun r = CliRun.of();
            assertEquals(0, r.status(), r.err());
            assertTrue(r.err().contains("Ctrl-D"), r.err());
            System.setIn(new ByteArrayInputStream("Reuters said 300 jobs went.".getBytes(StandardCharsets.UTF_8)));
            System.setProperty("extract.tty", "");
            assertEquals("", CliRun.of("-").err(), "piped: no hint");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void skipExistingResumesAFolderRun() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("testdata/", "-o", out + "/").status());
        Files.delete(out.resolve("cup-final.json"));
        Files.writeString(out.resolve("court-ruling.json"), "kept\n");
        CliRun again = CliRun.of("--skip-existing", "testdata/", "-o", out + "/");
        assertEquals(0, again.status(), again.err());
        assertEquals("kept\n", Files.readString(out.resolve("court-ruling.json")), "existing output left alone");
        assertTrue(Files.readString(out.resolve("cup-final.json")).contains("\"generator\""), "missing one made again");
        CliRun bad = CliRun.of("--skip-existing", MainTest.SEED.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--skip-existing goes with -o DIR/"), bad.err());
    }
}
