package dev.extract.dates;

import dev.extract.text.Token;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The day, part of day or year-end in view, without a number or a "next": "the first game of the day", "the
 * big hit of the evening", "by year-end". They take the last day named, or the anchor's.
 */
final class ViewResolver {
    private final Lexicon words;
    /** "at the end of the day": an idiom before "the day" unless a day follows. */
    private final Pattern endOfDay;
    /** What may follow "at the end of the day" that makes it a real day: "on Friday", "Saturday", "of the vote". */
    private final Pattern dayAfter;

    ViewResolver(Lexicon words) {
        this.words = words;
        this.endOfDay = Pattern.compile("(?i)(?<!\\p{L})(?:" + words.alternation(WordKind.DAYIDIOM) + ")\\s+$");
        this.dayAfter = Pattern.compile("\\s*,?\\s*(?:" + dayAfterAlternation(words) + ")");
    }

    /** The words of {@code dayafter} (whole words where marked so) and the weekdays, capitalised: case matters. */
    private static String dayAfterAlternation(Lexicon words) {
        StringBuilder sb = new StringBuilder();
        words.kind(WordKind.DAYAFTER).forEach((word, how) -> sb.append(sb.length() == 0 ? "" : "|")
                .append(Pattern.quote(word)).append(how.equals("word") ? "\\b" : ""));
        for (String weekday : new java.util.TreeSet<>(words.kind(WordKind.WEEKDAY).keySet())) {
            sb.append('|').append(Pattern.quote(Character.toUpperCase(weekday.charAt(0)) + weekday.substring(1)));
        }
        return sb.toString();
    }

    /** "by year-end"; "since year-end" is the one just gone. */
    Timex yearEnd(Context c) {
        LocalDate a = c.anchor();
        int back = words.has(WordKind.YEARENDBACK, c.previousWord()) ? 1 : 0;
        return new Timex("DATE", a == null ? "XXXX" : Periods.year(a.getYear() - back), "END");
    }

    /** "of the day", "on the day": the day in view; "the day belonged to", "later in the day" name none. */
    Timex day(Context c) {
        String prev = c.previousWord();
        if (!words.has(WordKind.VIEWDAYLEAD, prev) || endOfDay.matcher(c.before()).find() && !dayFollows(c)) {
            return null; // and "at the end of the day, ..." is an idiom
        }
        LocalDate d = c.previous() != null ? c.previous() : c.dayAnchor();
        return new Timex("DATE", d == null ? "XXXX-XX-XX" : d.toString(), null);
    }

    /** "the evening": of the day in view; "the night of Oct. 23", "the night the plane fell" name their own. */
    Timex partOfDay(Context c) {
        Token next = c.nextToken();
        if (c.after().startsWith(" of") || next != null && (next.tag().equals("DET") || next.tag().equals("NOUN"))) {
            return null;
        }
        LocalDate d = c.previous() != null ? c.previous() : c.dayAnchor();
        return new Timex("TIME", (d == null ? "XXXX-XX-XX" : d.toString()) + "T" + words.value(WordKind.PARTOFDAY, c.group("partofday")), null);
    }

    /**
     * "for the year", "the full year", "for the week": the reference date's; "the fiscal year ended March 31" is
     * a year's length, as TE3 annotates it; "the year before" counts from another and is left out.
     */
    Timex unit(Context c) {
        String after = c.after();
        if (words.opensWith(WordKind.COUNTEDFROM, after) || after.startsWith(" of ") || after.startsWith("-")) {
            return null; // counted from another: "the year before", "the week of March 6"
        }
        String unit = words.value(WordKind.UNIT, c.group("unit"));
        if (words.opensWith(WordKind.LENGTHAFTER, after) || after.startsWith(" to ")) {
            return new Timex("DURATION", "P1" + unit, null);
        }
        LocalDate a = c.anchor();
        return new Timex("DATE", a == null ? Periods.unknown(unit) : Periods.shifted(a, unit, 0), null);
    }

    /** A day named right after "the end of the day": "... on Friday", "... Saturday". */
    boolean dayFollows(Context c) {
        return dayAfter.matcher(c.after()).lookingAt();
    }
}
