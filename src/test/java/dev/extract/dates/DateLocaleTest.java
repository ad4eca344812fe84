package dev.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.extract.lang.LanguagePack;
import dev.extract.text.Document;
import dev.extract.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region decides how an all-number date reads: en-US (the default) month first, the en-GB overlay day first. */
class DateLocaleTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final String TEXT = "The contract was signed on 04/01/2024 and filed on 25/01/2024.";

    private static List<String> values(DateExtractor extractor) {
        Document doc = SEGMENTER.segment("locale", TEXT, LocalDate.of(2024, 2, 1), null);
        return extractor.extract(doc).stream().map(DateMention::value).toList();
    }

    @Test
    void americanEnglishReadsMonthFirst() {
        assertEquals(List.of("2024-04-01", "2024-01-25"), values(new DateExtractor(LanguagePack.forTag("en-US"))));
        assertEquals(List.of("2024-04-01", "2024-01-25"), values(new DateExtractor(LanguagePack.english())));
        assertEquals(List.of("2024-04-01", "2024-01-25"), values(new DateExtractor(false)));
    }

    @Test
    void britishEnglishReadsDayFirst() {
        assertEquals(List.of("2024-01-04", "2024-01-25"), values(new DateExtractor(LanguagePack.forTag("en-GB"))));
        assertEquals(List.of("2024-01-04", "2024-01-25"), values(new DateExtractor(true)));
    }

    @Test
    void theOverlayOnlyAddsWhatDiffers() {
        assertEquals(DateOrder.MONTH_FIRST, DateOrder.of(LanguagePack.english()));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.of(LanguagePack.forTag("en-GB")));
    }
}
