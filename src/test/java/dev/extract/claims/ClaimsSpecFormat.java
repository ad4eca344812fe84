package dev.extract.claims;

import static dev.extract.spec.SpecCorpus.code;

import dev.extract.spec.SpecCorpus;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of {@code testdata/claims.tsv}: text, kind, speaker, cue, content, flags (negated, stance=…,
 * hedged=a,b). Kind 'none' is a negative example: no claim at all, or with a fourth cell no claim with that
 * cue. The text gets a headline first, so that a short first paragraph is never taken for one.
 */
final class ClaimsSpecFormat implements SpecCorpus.Format {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final Pattern STANCE = Pattern.compile("stance=(\\w+)");

    @Override
    public boolean negative(SpecCorpus.Line line) {
        return line.size() > 1 && line.cell(1).equals("none");
    }

    @Override
    public String check(SpecCorpus.Line line) {
        List<String> cols = line.cells();
        String text = "Spec case\n\n" + line.text(0);
        Document doc = SEGMENTER.segment("spec", text, null, null);
        List<Claim> claims = EXTRACTOR.extract(doc, List.of());
        if (cols.get(1).equals("none") && cols.size() >= 4) {
            Claim hit = find(claims, cols.get(3));
            return hit == null ? null : "expected no claim with cue '" + cols.get(3) + "', got " + describe(List.of(hit));
        }
        if (cols.get(1).equals("none")) {
            return claims.isEmpty() ? null : "expected no claim, got " + describe(claims);
        }
        if (cols.size() < 5) {
            return "malformed line";
        }
        String kind = cols.get(1);
        String speaker = cols.get(2);
        String cue = cols.get(3);
        String content = line.text(4);
        Claim hit = find(claims, cue);
        if (hit == null) {
            return "no claim with cue '" + cue + "' in " + describe(claims);
        }
        String gotSpeaker = hit.speaker() == null ? "-" : hit.speaker().text();
        String gotContent = hit.content() == null ? "-" : hit.content().text();
        if (!code(hit.kind()).equals(kind) || !gotSpeaker.equals(speaker) || !gotContent.equals(content)) {
            return "want " + kind + " [" + speaker + "] [" + content + "], got " + describe(List.of(hit));
        }
        return flags(cols.size() > 5 ? cols.get(5) : "", hit);
    }

    private static String flags(String flags, Claim hit) {
        if (flags.contains("negated") != hit.negated()) {
            return "want negated=" + flags.contains("negated") + ", got " + hit.negated();
        }
        Matcher stance = STANCE.matcher(flags);
        if (stance.find() && (hit.cue() == null || !code(hit.cue().stance()).equals(stance.group(1)))) {
            return "want stance " + stance.group(1) + ", got " + (hit.cue() == null ? "no cue" : code(hit.cue().stance()));
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
            b.append(' ').append(code(c.kind())).append(" [").append(c.speaker() == null ? "-" : c.speaker().text())
                    .append("] ").append(c.cue() == null ? "-" : c.cue().text()).append(" [")
                    .append(c.content() == null ? "-" : c.content().text()).append("]");
        }
        return b.append(" ]").toString();
    }
}
