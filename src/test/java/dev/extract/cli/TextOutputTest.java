package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format text: a summary to read, aligned, plain when piped, coloured on a terminal. */
class TextOutputTest {
    @TempDir
    Path tmp;

    @Test
    void summaryHasTitleDateAndOneLinePerFact() throws Exception {
        String seed = MainTest.SEED.toString();
        CliRun r = CliRun.of("--reference-date", "2024-01-05", "--format", "text", seed);
        assertEquals(0, r.status(), r.err());
        JsonNode a = CliRun.of("--reference-date", "2024-01-05", seed).json();
        List<String> lines = r.out().lines().toList();
        assertEquals(a.get("title").asText(), lines.get(0));
        assertTrue(lines.get(1).contains("reference date 2024-01-05 (option)"), lines.get(1));
        for (String kind : List.of("figures", "dates", "actors", "claims")) {
            String heading = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " (" + a.get(kind).size() + ")";
            assertTrue(lines.contains(heading), heading);
            String prefix = "  " + kind.charAt(0);
            for (JsonNode fact : a.get(kind)) {
                String id = fact.get("id").asText();
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("  " + id + " ")), id);
            }
            assertTrue(lines.stream().noneMatch(l -> l.startsWith(prefix) && l.endsWith(" ")), "no trailing blanks");
        }
        assertTrue(r.out().contains("≈302,000 · count"), "normalised values shown");
        assertFalse(r.out().contains("\u001b"), "no colour when not a terminal");
    }

    @Test
    void aScoreShowsItsSidesAndTieBreak() throws Exception {
        Path match = Files.writeString(tmp.resolve("match.txt"), "Sinner beat Alcaraz 6-4, 7-6 (5) on Sunday.\n");
        String out = CliRun.of("--format", "text", match.toString()).out();
        assertTrue(out.contains("6–4 · score") && out.contains("7–6 (5) · score"), out);
        assertFalse(out.contains("? · score"), out);
    }

    @Test
    void columnsAreAligned() {
        CliRun r = CliRun.of("--format", "text", MainTest.SEED.toString());
        List<String> figures = r.out().lines().filter(l -> l.matches("  f\\d+ .*")).toList();
        int column = figures.get(0).indexOf(figures.get(0).substring(2).split("\\s{2,}")[1], 4);
        for (String l : figures) {
            assertTrue(l.charAt(column - 1) == ' ' && l.charAt(column) != ' ', l);
        }
    }

    @Test
    void colourOnlyOnATerminal() {
        String before = System.getProperty("extract.tty");
        try {
            System.setProperty("extract.tty", "1");
            CliRun r = CliRun.of("--format", "text", MainTest.SEED.toString());
            String noColor = System.getenv("NO_COLOR");
            assertEquals(noColor == null || noColor.isEmpty(), r.out().contains("\u001b[1;34mFigures"), r.out());
            System.setProperty("extract.tty", "2");
            assertFalse(CliRun.of("--format", "text", MainTest.SEED.toString()).out().contains("\u001b"));
        } finally {
            if (before == null) {
                System.clearProperty("extract.tty");
            } else {
                System.setProperty("extract.tty", before);
            }
        }
    }

    @Test
    void controlCharactersInTheArticleNeverReachTheTerminal() throws Exception {
        Path in = tmp.resolve("esc.txt");
        Files.writeString(in, "The \u001b[31mMinistry\u001b[0m said 300 jobs went\non Monday.\n");
        CliRun r = CliRun.of("--format", "text", in.toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("\u001b"), r.out());
    }
}
