package dev.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.Complexity;
import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking looked at every figure and date for every claim: quadratic in a long article. */
class LinkerScalingTest {
    private record Facts(List<Claim> claims, List<Figure> figures) {
    }

    // one claim per sentence of 100 characters, one figure inside each content
    private static Facts facts(int n) {
        List<Claim> claims = new ArrayList<>(n);
        List<Figure> figures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = i * 100;
            figures.add(new Figure("f" + (i + 1), "5", at + 50, at + 51, i, BigDecimal.ONE, null, null, "count",
                    null, null, null, null, null, null, "count/digits"));
            claims.add(new Claim("c" + (i + 1), dev.extract.claims.ClaimKind.INDIRECT, null, new Claim.Cue("said", at, at + 4, "say", "neutral", i),
                    new Claim.Content("x", at + 10, at + 90, i), List.of(), false, null, List.of(), List.of()));
        }
        return new Facts(claims, figures);
    }

    @Test
    void linkingIsLinear() {
        List<Claim> linked = Linker.link(facts(3).claims(), facts(3).figures(), List.<DateMention>of());
        assertEquals(List.of("f2"), linked.get(1).figures());
        double ratio = Complexity.ratio(LinkerScalingTest::facts, 5_000,
                f -> Linker.link(f.claims(), f.figures(), List.of()));
        assertTrue(ratio < 8, "4x the claims and figures took " + ratio + " times as long");
    }
}
