package dev.extract.dates;

import dev.extract.text.Token;
import java.util.List;

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

    /** A month, day or season with its year: "1998-01" (the anchor's year) → "1997-01". */
    private static final java.util.regex.Pattern YEARLESS = java.util.regex.Pattern.compile("\\d{4}-(?:\\d{2}(?:-\\d{2})?|[A-Z]{2})");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /**
     * A month, day or season read out with its year in words ("January nineteen ninety-seven", "the winter of
     * nineteen ninety-four") is one date, that year's, as the numeric "January 1997" is; the year's mention goes.
     */
    static void join(String text, Lexicon words, List<ResolvedDate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedDate f = found.get(i);
            ResolvedDate y = found.get(i + 1);
            if (!f.timex().type().equals("DATE") || !YEARLESS.matcher(f.timex().value()).matches()
                    || !y.timex().type().equals("DATE") || !YEAR.matcher(y.timex().value()).matches()
                    || y.from() < f.to() || !readOut(text, words, y)) {
                continue;
            }
            String between = Lexicon.normalise(text.substring(f.to(), y.from()).strip());
            if (!between.isEmpty() && !words.has(WordKind.YEARLINK, between) || text.substring(f.to(), y.from()).contains("\n")) {
                continue;
            }
            Timex t = f.timex();
            found.set(i, new ResolvedDate(f.from(), y.to(), f.sentence(),
                    new Timex("DATE", y.timex().value() + t.value().substring(4), t.mod()), f.relation(), f.rule()));
            found.remove(i + 1);
        }
    }

    /** A year in number words ("nineteen ninety-seven"), not "this year" nor "1997". */
    private static boolean readOut(String text, Lexicon words, ResolvedDate y) {
        int end = y.from();
        while (end < y.to() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > y.from() && words.has(WordKind.NUMBER, Lexicon.normalise(text.substring(y.from(), end)));
    }

    /** An article or possessive before the year: "a nineteen ninety-seven attack", "the two thousand election". */
    private static boolean determined(Context c) {
        Token prev = c.previousToken();
        return prev != null && (prev.tag().equals("DET") || prev.lower().endsWith("'s") || prev.lower().endsWith("’s"));
    }
}
