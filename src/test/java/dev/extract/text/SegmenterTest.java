package dev.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static Document doc(String text) {
        return SEGMENTER.segment("t", text, null, null);
    }

    /** Every token's span must give back its own text from the code-point view of the input. */
    private static void assertSpansMatchCodePoints(Document d) {
        int[] cps = d.text().codePoints().toArray();
        for (Token t : d.tokens()) {
            Span s = d.span(t.from(), t.to());
            assertEquals(t.text(), new String(cps, s.start(), s.end() - s.start()), "token " + t);
            assertEquals(s.text(), t.text());
        }
    }

    @Test
    void offsetsCountCodePointsPastAstralCharacters() {
        String text = "Fans 😀😀 cheered. Putin 🇷🇺 spoke on Thursday.";
        Document d = doc(text);
        assertSpansMatchCodePoints(d);
        Token thursday = d.tokens().stream().filter(t -> t.text().equals("Thursday")).findFirst().orElseThrow();
        Span s = d.span(thursday.from(), thursday.to());
        int expected = text.codePointCount(0, text.indexOf("Thursday"));
        assertEquals(expected, s.start());
        assertEquals(expected + 8, s.end());
        assertEquals(text.codePointCount(0, text.length()), d.codePointLength());
    }

    @Test
    void crlfLineEndsKeepOffsetsAndSplitParagraphs() {
        String text = "Headline Here\r\n\r\nFirst paragraph says something.\r\nSecond line ends.\r\n\r\nLast one.";
        Document d = doc(text);
        assertSpansMatchCodePoints(d);
        assertEquals("Headline Here", d.title().orElseThrow());
        assertEquals(3, d.blocks().stream().mapToInt(Block::paragraph).distinct().count());
        for (Sentence s : d.sentences()) {
            assertFalse(d.text().substring(s.from(), s.to()).contains("\r\n\r\n"), "sentence crosses a paragraph");
        }
    }

    @Test
    void leadingBomIsCountedButNotPartOfTheHeadline() {
        String text = "\uFEFFPutin Signs Decree\n\nThe Kremlin said on Thursday that it was done.";
        Document d = doc(text);
        assertSpansMatchCodePoints(d);
        assertEquals("Putin Signs Decree", d.title().orElseThrow());
        Token putin = d.tokens().get(0);
        assertEquals("Putin", putin.text());
        assertEquals(1, d.span(putin.from(), putin.to()).start());
    }

    @Test
    void headlineWithoutFullStopDoesNotRunIntoTheNextParagraph() {
        Document d = doc("Putin Has Just Announced A New Tactic\n\nIt's not known how many troops Russia has lost.");
        Sentence first = d.sentences().get(0);
        assertEquals(Block.Kind.HEADLINE, d.block(first).kind());
        assertEquals("Putin Has Just Announced A New Tactic", d.text().substring(first.from(), first.to()));
    }

    @Test
    void aFirstParagraphThatIsASentenceIsNotAHeadline() {
        Document d = doc("The minister resigned on Monday.\n\nShe gave no reason.");
        assertTrue(d.title().isEmpty());
    }

    @Test
    void datelineGivesTheReferenceDate() {
        Document d = doc("Apple releases SDK\n\nMarch 01, 2008\n\nApple said on Thursday it would ship.");
        assertEquals(LocalDate.of(2008, 3, 1), d.referenceDate().orElseThrow());
        assertEquals(ReferenceDateSource.DATELINE, d.referenceDateSource().orElseThrow());
        assertEquals("March 01, 2008", d.text().substring(d.dateline().orElseThrow().from(), d.dateline().orElseThrow().to()));
    }

    @Test
    void aPublicationLineGivesTheReferenceDateWhenNoneIsGiven() {
        Document d = doc("Markets rally\n\n(Published Monday, Nov. 18, 2019)\n\nStocks rose on Friday.");
        assertEquals(LocalDate.of(2019, 11, 18), d.referenceDate().orElseThrow());
        assertEquals(ReferenceDateSource.PUBLISHED, d.referenceDateSource().orElseThrow());
        assertEquals(LocalDate.of(2019, 11, 18),
                doc("Markets rally\n\nUpdated 3:15 PM EST, Nov. 18, 2019\n\nStocks rose.").referenceDate().orElseThrow());
        assertEquals(LocalDate.of(2019, 11, 18),
                doc("Markets rally\n\nPosted on 18 November 2019\n\nStocks rose.").referenceDate().orElseThrow());
    }

    @Test
    void aPublicationLineWithoutAFullDateOrAfterADatelineGivesNothingNew() {
        assertTrue(doc("Markets rally\n\nUpdated 3:15 PM EST\n\nStocks rose on Friday.").referenceDate().isEmpty());
        assertTrue(doc("Markets rally\n\nThe report was published in November 2019.").referenceDate().isEmpty());
        Document d = doc("Markets rally\n\nNov. 17, 2019\n\nPublished Nov. 18, 2019. Stocks rose.");
        assertEquals(LocalDate.of(2019, 11, 17), d.referenceDate().orElseThrow());
        assertEquals(ReferenceDateSource.DATELINE, d.referenceDateSource().orElseThrow());
    }

    @Test
    void weekdayDatelineAndDayFirstDateline() {
        assertEquals(LocalDate.of(2017, 7, 21),
                doc("Title Of It\n\nFriday, July 21, 2017\n\nText follows here.").referenceDate().orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 5),
                doc("Title Of It\n\n5 January 2024\n\nText follows here.").referenceDate().orElseThrow());
    }

    @Test
    void wireDatelineIsCutOffTheFirstParagraph() {
        Document d = doc("LONDON, Jan 5 (Reuters) - Britain's economy grew by 0.2% in the quarter.");
        Block dateline = d.dateline().orElseThrow();
        assertEquals("LONDON, Jan 5 (Reuters) -", d.text().substring(dateline.from(), dateline.to()));
        assertTrue(d.referenceDate().isEmpty(), "no year, so no reference date");
        Sentence body = d.sentences().stream().filter(s -> d.block(s).isBody()).findFirst().orElseThrow();
        assertTrue(d.text().substring(body.from(), body.to()).startsWith("Britain"));
    }

    @Test
    void placeAndDashDatelineIsCutOff() {
        Document d = doc("SPRINGFIELD — The city council approved a budget.");
        assertEquals("SPRINGFIELD —", d.text().substring(d.dateline().orElseThrow().from(), d.dateline().orElseThrow().to()));
        Document state = doc("PORTLAND, Maine – Officials said the bridge would reopen.");
        assertEquals("PORTLAND, Maine –", state.text().substring(state.dateline().orElseThrow().from(), state.dateline().orElseThrow().to()));
        assertTrue(doc("NATO-led forces moved in. Officials said so.").dateline().isEmpty(), "a hyphen is no dateline dash");
        Document both = doc("Budget Passes\n\nMarch 14, 2024\n\nSPRINGFIELD — The council voted.");
        assertEquals(2, both.blocks().stream().filter(b -> b.kind() == Block.Kind.DATELINE).count());
        assertEquals(LocalDate.of(2024, 3, 14), both.referenceDate().orElseThrow());
        assertTrue(doc("The city — and its council — agreed.").dateline().isEmpty());
    }

    @Test
    void givenReferenceDateWinsOverTheDateline() {
        Document d = SEGMENTER.segment("t", "Title\n\nMarch 01, 2008\n\nText.", LocalDate.of(2020, 2, 2), ReferenceDateSource.INPUT);
        assertEquals(LocalDate.of(2020, 2, 2), d.referenceDate().orElseThrow());
        assertEquals(ReferenceDateSource.INPUT, d.referenceDateSource().orElseThrow());
    }

    @Test
    void invalidDatelineDateGivesNoReferenceDate() {
        assertTrue(doc("Title Here\n\nFebruary 30, 2020\n\nText follows.").referenceDate().isEmpty());
    }

    @Test
    void pageFurnitureLinesAreTheirOwnBlocks() {
        String text = "Big News Today\n\nIt was a lot.\nOpen Image Modal\nPutin signed a decree.\nGAVRIIL GRIGOROV via Getty Images\n\nAdvertisement\n\nMore text.";
        Document d = doc(text);
        List<String> furniture = d.blocks().stream().filter(b -> b.kind() == Block.Kind.FURNITURE)
                .map(b -> text.substring(b.from(), b.to())).toList();
        assertEquals(List.of("Open Image Modal", "GAVRIIL GRIGOROV via Getty Images", "Advertisement"), furniture);
        for (Sentence s : d.sentences()) {
            String st = text.substring(s.from(), s.to());
            assertFalse(st.contains("Open Image Modal") && st.length() > "Open Image Modal".length(), st);
        }
    }

    @Test
    void ordinarySentencesAreNotFurniture() {
        assertFalse(Layout.isFurniture("Reuters reported that the deal was signed."));
        assertFalse(Layout.isFurniture("The photo shows the minister at the border."));
        assertTrue(Layout.isFurniture("Photo: Nick Moreau"));
        assertTrue(Layout.isFurniture("(AP Photo/Evan Vucci)"));
    }

    @Test
    void hardWrappedLinesAreOneBlock() {
        String text = "The ministry said on Thursday that the new rules would apply to all foreign\n"
                + "nationals who sign a contract, and that the change takes effect at once.";
        Document d = doc(text);
        assertEquals(1, d.blocks().size());
        assertEquals(1, d.sentences().size());
    }

    @Test
    void possessiveAndNegationCliticsAreSplit() {
        Document d = doc("Russia's army and the UK’s ministry didn't say.");
        List<String> words = d.tokens().stream().map(Token::text).toList();
        assertTrue(words.containsAll(List.of("Russia", "'s", "UK", "’s", "did", "n't")), words.toString());
        assertSpansMatchCodePoints(d);
    }

    @Test
    void sentenceIndexOfAnOffset() {
        Document d = doc("One sentence here. Another one there.");
        assertEquals(0, d.sentenceAt(0));
        assertEquals(1, d.sentenceAt(d.text().indexOf("Another")));
    }
}
