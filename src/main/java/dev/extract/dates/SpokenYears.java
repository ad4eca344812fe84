package dev.extract.dates;

import dev.extract.text.Token;

/**
 * Years read out, as broadcast transcripts write them: "nineteen ninety-seven" (1997), "nineteen oh five"
 * (1905), "the year two thousand" (2000). A match followed by a count noun ("two thousand people") is a number.
 */
final class SpokenYears {
    private final Lexicon words;
    private final RelativeResolver numbers;
    /** "oh" in "nineteen oh five": a zero before a single digit. */
    private final java.util.regex.Pattern zero;

    SpokenYears(Lexicon words, RelativeResolver numbers) {
        this.words = words;
        this.numbers = numbers;
        this.zero = java.util.regex.Pattern.compile("^(?:" + words.alternation(WordKind.SPOKENZERO) + ")[-\\s]+");
    }

    Timex resolve(Context c) {
        Token next = c.nextToken();
        if (next != null && !next.isCapitalised() && (next.isNumber() || next.tag().equals("NOUN") && !determined(c)
                || next.tag().equals("NOUN") && next.lower().endsWith("s") && !next.lower().endsWith("ss"))) {
            return null; // "two thousand people", "nineteen twenty-five-year-olds"; "a nineteen ninety-seven attack" is a year
        }
        int year;
        if (c.group("century") == null) {
            year = 2000 + (c.group("thousandand") == null ? 0 : Integer.parseInt(words.value(WordKind.NUMBER, c.group("thousandand"))));
        } else {
            int hundreds = Integer.parseInt(words.value(WordKind.NUMBER, c.group("century"))) * 100;
            String rest = zero.matcher(Lexicon.normalise(c.group("rest"))).replaceFirst("");
            String n = words.has(WordKind.SPOKENHUNDRED, rest) ? words.value(WordKind.SPOKENHUNDRED, rest) : numbers.number(rest);
            if (n == null) {
                return null;
            }
            year = hundreds + Integer.parseInt(n);
        }
        return new Timex("DATE", Periods.year(year), null);
    }

    /** An article or possessive before the year: "a nineteen ninety-seven attack", "the two thousand election". */
    private static boolean determined(Context c) {
        Token prev = c.previousToken();
        return prev != null && (prev.tag().equals("DET") || prev.lower().endsWith("'s") || prev.lower().endsWith("’s"));
    }
}
