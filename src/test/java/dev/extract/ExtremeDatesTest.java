package dev.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.dates.DateMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values at the edge of the calendar are left unresolved or refused, never wrapped, never a crash. */
class ExtremeDatesTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final LocalDate REF = LocalDate.of(2024, 1, 5);

    private static List<DateMention> dates(String text, LocalDate ref) {
        return EXTRACTOR.extract("t", text, ref).dates();
    }

    @Test
    void aHugeShiftIsNotWrapped() {
        for (String text : List.of("It happened 2147483648 years ago, he said.", "It happened 9999999999 decades ago.",
                "It will come 2147483648 years later.")) {
            for (DateMention d : dates(text, REF)) {
                assertFalse(d.value() != null && d.value().startsWith("-"), text + " -> " + d);
                assertTrue(d.value() == null || !d.value().matches("\\d{5,}.*"), text + " -> " + d);
            }
        }
        DateMention ago = dates("It happened 2147483648 years ago, he said.", REF).get(0);
        assertEquals("PAST_REF", ago.value(), ago.toString());
    }

    @Test
    void aDayThatDoesNotExistIsNotMovedToAnotherYear() {
        List<DateMention> ds = dates("The council met on February 29, 2023 in Leeds.", REF);
        assertFalse(ds.stream().anyMatch(d -> "2024-02-29".equals(d.value())), ds.toString());
        assertEquals("February 29, 2023", ds.get(0).text(), ds.toString());
        assertEquals("2023-02", ds.get(0).value());
    }

    @Test
    void extremeReferenceDatesNeverFailAnArticle() throws Exception {
        String seed = Files.readString(Path.of("testdata/putin-recruitment.txt"));
        for (LocalDate ref : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1))) {
            Article a = EXTRACTOR.extract("seed", seed + "\nIt happened 2147483648 years ago, yesterday, next week.", ref);
            assertFalse(a.dates().isEmpty(), ref.toString());
        }
    }
}
