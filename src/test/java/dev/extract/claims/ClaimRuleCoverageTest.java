package dev.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every claim pattern has at least one line of the spec corpus ({@code testdata/claims.tsv}) naming it.
 *
 * <p>What a "pattern" is for claims: the extractor tries a fixed chain of cue finders, each giving claims of
 * its kinds, and reads its cues from two tables. So a pattern is one claim kind (direct, indirect, mixed,
 * accordingTo, nounCue, floating, belief, noComment: some line expects it), one cue stance (some line's cue
 * carries it, by its {@code stance=} flag or the cue's table row), one part of speech of the non-verb cues of
 * {@code claims/cues.tsv} and one frame flag of the cue tables (some line's cue column is a form of that row
 * class). Whether the line passes is ClaimsSpecTest's business; this test fails when a kind, stance, cue
 * class or frame gains its first row without a spec line, or loses its last one.
 */
class ClaimRuleCoverageTest {
    private static final List<String[]> LINES = new ArrayList<>();
    /** The lower-case cue column of every line that expects a claim. */
    private static final Set<String> CUES = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        for (String l : Files.readAllLines(Path.of("testdata/claims.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("\t", -1);
            LINES.add(cells);
            if (cells.length > 3 && !cells[1].equals("none")) {
                CUES.add(cells[3].toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(LINES.size() > 100, "claims.tsv read: " + LINES.size() + " lines");
    }

    @Test
    void everyClaimKindIsExpectedByALine() {
        Set<String> kinds = new HashSet<>();
        LINES.forEach(l -> kinds.add(l.length > 1 ? l[1] : ""));
        assertCovered("claim kinds", Arrays.stream(ClaimKind.values()).map(Coded::code).toList(), kinds::contains);
    }

    @Test
    void everyStanceIsCarriedByALineCue() {
        Set<String> stances = new HashSet<>();
        for (Row r : cueRows()) {
            if (CUES.contains(r.cell(0).toLowerCase(Locale.ROOT))) {
                stances.add(r.cell(2));
            }
        }
        for (String[] l : LINES) {
            for (int i = 5; i < l.length; i++) {
                for (String flag : l[i].split(" ")) {
                    if (flag.startsWith("stance=")) {
                        stances.add(flag.substring("stance=".length()));
                    }
                }
            }
        }
        assertCovered("cue stances", Arrays.stream(Stance.values()).map(Coded::code).toList(), stances::contains);
    }

    @Test
    void everyCueClassOfTheNonVerbTableHasALine() {
        List<String> uncovered = new ArrayList<>();
        for (CuePos pos : CuePos.values()) {
            if (pos == CuePos.VERB) {
                continue; // the verbs are the reporting-verb list, covered by its frames below and by most lines
            }
            boolean listed = false;
            boolean covered = false;
            for (Row r : LanguagePack.english().rows("claims/cues.tsv")) {
                if (r.cell(3).equals(pos.code())) {
                    listed = true;
                    covered |= CUES.contains(r.cell(0).toLowerCase(Locale.ROOT));
                }
            }
            if (listed && !covered) {
                uncovered.add(pos.code());
            }
        }
        assertTrue(uncovered.isEmpty(), "cue classes of claims/cues.tsv with no spec line: " + uncovered);
    }

    @Test
    void everyFrameFlagHasALineWhoseCueCarriesIt() {
        Set<String> listed = new TreeSet<>();
        Set<String> covered = new HashSet<>();
        for (Row r : cueRows()) {
            for (String flag : r.cell(3).split(",")) {
                String name = flag.contains("=") ? flag.substring(0, flag.indexOf('=')) : flag.strip();
                if (name.isEmpty()) {
                    continue;
                }
                listed.add(name);
                String form = r.cell(0).toLowerCase(Locale.ROOT);
                if (CUES.contains(form) || CUES.stream().anyMatch(c -> c.startsWith(form + " "))) {
                    covered.add(name); // "called for": the cue column holds the verb and its particle
                }
            }
        }
        assertTrue(listed.containsAll(Set.of("object", "marked", "question", "document", "particle")), "flags read: " + listed);
        assertCovered("frame flags of common/reporting-verbs.tsv", List.copyOf(listed), covered::contains);
    }

    /** The verb rows (form, lemma, stance, frame), the table a cue's stance and frame come from. */
    private static List<Row> cueRows() {
        return LanguagePack.english().rows("common/reporting-verbs.tsv").stream()
                .filter(r -> Arrays.asList(r.cell(4).split(",")).contains("claims")).toList();
    }

    private static void assertCovered(String what, List<String> all, java.util.function.Predicate<String> covered) {
        List<String> missing = all.stream().filter(covered.negate()).toList();
        assertTrue(missing.isEmpty(), what + " with no spec line: " + missing);
    }
}
