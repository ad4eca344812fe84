package dev.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every line of {@code testdata/claims.tsv} and lists all the lines that fail, not just the first. */
class ClaimsSpecTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @Test
    void specCorpus() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("testdata/claims.tsv"), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            cases++;
            String problem = check(line.split("\t", -1));
            if (problem != null) {
                failures.add("claims.tsv:" + (n + 1) + ": " + problem);
            }
        }
        assertTrue(cases > 40, "spec corpus too small: " + cases);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " failing:\n" + String.join("\n", failures));
    }

    private static String check(String[] cols) {
        // a headline first, so that Layout never takes a short first paragraph of the case for one
        String text = "Spec case\n\n" + unescape(cols[0]);
        Document doc = SEGMENTER.segment("spec", text, null, null);
        List<Claim> claims = EXTRACTOR.extract(doc, List.of());
        if (cols[1].equals("none") && cols.length >= 4) {
            Claim hit = find(claims, cols[3]);
            return hit == null ? null : "expected no claim with cue '" + cols[3] + "', got " + describe(List.of(hit));
        }
        if (cols[1].equals("none")) {
            return claims.isEmpty() ? null : "expected no claim, got " + describe(claims);
        }
        if (cols.length < 5) {
            return "malformed line";
        }
        String kind = cols[1];
        String speaker = cols[2];
        String cue = cols[3];
        String content = unescape(cols[4]);
        Claim hit = find(claims, cue);
        if (hit == null) {
            return "no claim with cue '" + cue + "' in " + describe(claims);
        }
        String gotSpeaker = hit.speaker() == null ? "-" : hit.speaker().text();
        String gotContent = hit.content() == null ? "-" : hit.content().text();
        if (!hit.kind().label().equals(kind) || !gotSpeaker.equals(speaker) || !gotContent.equals(content)) {
            return "want " + kind + " [" + speaker + "] [" + content + "], got " + describe(List.of(hit));
        }
        String flags = cols.length > 5 ? cols[5] : "";
        if (flags.contains("negated") != hit.negated()) {
            return "want negated=" + flags.contains("negated") + ", got " + hit.negated();
        }
        java.util.regex.Matcher stance = java.util.regex.Pattern.compile("stance=(\\w+)").matcher(flags);
        if (stance.find() && (hit.cue() == null || !hit.cue().stance().equals(stance.group(1)))) {
            return "want stance " + stance.group(1) + ", got " + (hit.cue() == null ? "no cue" : hit.cue().stance());
        }
        int h = flags.indexOf("hedged=");
        String hedges = h < 0 ? "" : flags.substring(h + "hedged=".length()).replaceAll(" ?stance=\\w+", "");
        if (!String.join(",", hit.hedged()).equals(hedges)) {
            return "want hedged [" + hedges + "], got " + hit.hedged();
        }
        return null;
    }

    /** The first claim with cue text {@code cue}, or the first floating one (no cue) for "-". */
    private static Claim find(List<Claim> claims, String cue) {
        for (Claim c : claims) {
            if (cue.equals("-") ? c.cue() == null : c.cue() != null && c.cue().text().equals(cue)) {
                return c;
            }
        }
        return null;
    }

    private static String describe(List<Claim> claims) {
        StringBuilder b = new StringBuilder("[");
        for (Claim c : claims) {
            b.append(' ').append(c.kind().label()).append(" [").append(c.speaker() == null ? "-" : c.speaker().text())
                    .append("] ").append(c.cue() == null ? "-" : c.cue().text()).append(" [")
                    .append(c.content() == null ? "-" : c.content().text()).append("]");
        }
        return b.append(" ]").toString();
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
