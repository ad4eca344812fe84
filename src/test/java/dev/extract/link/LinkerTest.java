package dev.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures and dates inside a claim's content, and the claim's own date from its attribution. */
class LinkerTest {

    private static DateMention date(String id, String text, int start, int sentence, String value) {
        return new DateMention(id, text, start, start + text.length(), sentence, "DATE", value, null, null,
                List.of(), "month", "test");
    }

    private static Figure figure(String id, int start, int end) {
        return new Figure(id, "302,000", start, end, 0, BigDecimal.valueOf(302000), null, null, "count",
                null, null, null, null, null, null, "test");
    }

    // "However, according to the UK's Ministry of Defence's estimates from November, there have been
    //  approximately 302,000 … since the war began in February 2022."
    private static Claim accordingTo() {
        return new Claim("c1", dev.extract.claims.ClaimKind.ACCORDING_TO, new Claim.Speaker("Ministry of Defence", 31, 50, null, null),
                new Claim.Cue("according to", 9, 21, "according to", "neutral", 0),
                new Claim.Content("there have been approximately 302,000 …", 78, 190, 0),
                List.of(), false, null, List.of(), List.of());
    }

    @Test
    void dateInTheAttributionDatesTheClaim() {
        List<DateMention> dates = List.of(date("d1", "November", 68, 0, "2023-11"),
                date("d2", "February 2022", 170, 0, "2022-02"));
        Claim c = Linker.link(List.of(accordingTo()), List.of(figure("f1", 108, 115)), dates).get(0);
        assertEquals("2023-11", c.date());
        assertEquals(List.of("f1"), c.figures());
        assertEquals(List.of("d2"), c.dates()); // inside the content: a fact of the claim, not its date
    }

    @Test
    void dateOfAnotherSentenceIsNotTheClaimDate() {
        Claim c = Linker.link(List.of(accordingTo()), List.of(), List.of(date("d1", "November", 5, 1, "2023-11"))).get(0);
        assertNull(c.date());
    }

    @Test
    void saidInDecemberBeforeAQuote() {
        // Putin said in December: “Altogether there will be …”
        Claim direct = new Claim("c1", dev.extract.claims.ClaimKind.DIRECT, new Claim.Speaker("Putin", 0, 5, null, null),
                new Claim.Cue("said", 6, 10, "say", "neutral", 3), new Claim.Content("Altogether …", 25, 120, 3),
                List.of(), false, null, List.of(), List.of());
        Claim c = Linker.link(List.of(direct), List.of(), List.of(date("d1", "December", 14, 3, "2023-12"),
                date("d2", "this year", 100, 3, "2023"))).get(0);
        assertEquals("2023-12", c.date());
        assertEquals(List.of("d2"), c.dates());
    }
}
