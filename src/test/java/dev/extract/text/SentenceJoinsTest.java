package dev.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many sentences a paragraph has once wrong breaks after abbreviations are joined, and real breaks kept. */
class SentenceJoinsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Smoke poured from the kitchen at 3170 W. County Road, Fire Chief Dana Whitfield said.|1",
        "Officials met at 200 N. Main St. on Monday, the council said.|1",
        "Ortega said H.R. 1 and Section 8 funding would be taken up in January.|1",
        "He wore No. 23 for the Bulls in his first season there.|1",
        "The deal closed on Feb. 14 as planned by the board.|1",
        "Former President George W. Bush spoke at the event.|1",
        "Clinton said Donald Trump would overturn Roe v. Wade if elected.|1",
        "It was billed as Clinton vs. Trump on the debate stage.|1",
        "In January, a week after the anniversary of the Roe vs. Wade decision, a clinic was bombed.|1",
        "The flight left at 10 a.m. The crew was tired after that.|2",
        "The father will leave at 4 a.m. EDT Thursday, Castro said.|1",
        "The offer expires at 5 p.m. EST, Nov. 6, the company said.|1",
        "Talks resume at 9 a.m. Tuesday in Geneva.|1",
        "The jets took off at 10 a.m. NATO planes followed them.|2",
        "The suite is on floor 12 B. The view is great.|2",
        "It was filed under section 8 C. This was a mistake.|2",
        "He ran in heat 3 B. He finished second.|2",
        "The bill is known as H.R. It passed the House in May.|2",
        "The team finished with 5 wins. The coach was fired.|2",
        "He said it was the Yankees. Wade was not there.|2",
    })
    void sentencesAfterAbbreviations(String paragraph, int sentences) {
        Document d = new Segmenter().segment("t", paragraph, null, null);
        assertEquals(sentences, d.sentences().size(), () -> d.sentences().toString());
    }
}
