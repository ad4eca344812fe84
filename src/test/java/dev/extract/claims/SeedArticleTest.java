package dev.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.actors.Actor;
import dev.extract.actors.Mention;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article the project started from: its nine claims (as the seed gold has them), each with its speaker,
 * and "it announced" linked to Russia through hand-built actors standing in for the actor extractor.
 */
class SeedArticleTest {

    /** Speaker, cue and the start of the content of each gold claim, in text order. */
    private static final String[][] GOLD = {
        {"Reuters", "noted", "anyone who signed contracts"},
        {"TASS", "according to", "Even if those new troops"},
        {"Reuters", "claims", "Cubans previously secured"},
        {"Ministry of Defence", "according to", "there have been approximately 302,000"},
        {"MoD", "believes", "tens of thousands of soldiers have deserted"},
        {"US intelligence report", "believes", "315,000 Russian troops"},
        {"Moscow", "claimed", "no further mobilisation is needed"},
        {"Putin", "said", "Altogether there will be just under half a million men by the end of this year. Why do we need a mobilisation?"},
        {"it", "announced", "any young Russian man aged 18 to 30"},
    };

    @Test
    void allNineClaimsWithTheirSpeakers() throws IOException {
        String text = Files.readString(Path.of("testdata/putin-recruitment.txt"), StandardCharsets.UTF_8);
        Document doc = new Segmenter().segment("seed", text, null, null);
        List<Claim> claims = new ClaimExtractor().extract(doc, actors(text));
        List<String> missing = new ArrayList<>();
        int matched = 0;
        for (String[] g : GOLD) {
            Claim hit = claims.stream().filter(c -> c.cue() != null && c.cue().text().equals(g[1])
                    && c.content().text().startsWith(g[2])).findFirst().orElse(null);
            if (hit == null || hit.speaker() == null || !hit.speaker().text().contains(g[0])) {
                missing.add(String.join(" | ", g) + " -> " + hit);
            } else {
                matched++;
            }
        }
        assertTrue(missing.isEmpty(), "missed:\n" + String.join("\n", missing));
        assertTrue(claims.size() - matched <= 2, "extra claims: " + claims);

        Claim putin = claims.stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow();
        assertEquals("direct", putin.kind().label());
        Claim announced = claims.stream().filter(c -> c.cue().text().equals("announced")).findFirst().orElseThrow();
        assertEquals("a1", announced.speaker().actor());
        assertEquals("pronoun", announced.speaker().resolution());
        Claim mod = claims.stream().filter(c -> c.content().text().contains("302,000")).findFirst().orElseThrow();
        assertEquals("a2", mod.speaker().actor());
        for (int i = 0; i < claims.size(); i++) {
            assertEquals("c" + (i + 1), claims.get(i).id());
        }
    }

    /** Russia (with Moscow) and the Ministry of Defence, as the actor extractor would give them. */
    private static List<Actor> actors(String text) {
        return List.of(
                new Actor("a1", "Russia", "LOCATION", "country", List.of(), null, 3,
                        List.of(mention(text, "Russia has shifted", "Russia"), mention(text, "Moscow has since", "Moscow"))),
                new Actor("a2", "Ministry of Defence", "ORGANIZATION", "government", List.of(), "UK", 2,
                        List.of(mention(text, "Ministry of Defence", "Ministry of Defence"), mention(text, "MoD", "MoD"))));
    }

    private static Mention mention(String text, String context, String name) {
        int at = text.indexOf(context);
        return new Mention(name, at, at + name.length(), 0, "name", null);
    }
}
