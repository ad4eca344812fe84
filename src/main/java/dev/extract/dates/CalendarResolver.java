package dev.extract.dates;

import dev.extract.text.OrdinalSuffixes;
import dev.extract.text.Token;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resolvers for calendar expressions: dates, months, weekdays, holidays, years, decades, centuries, quarters,
 * halves and seasons. Each returns null to refuse a match that is not a date after all.
 */
final class CalendarResolver {
    private static final java.util.regex.Pattern DAY_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}" + OrdinalSuffixes.GROUP + "?");
    /**
     * How many days farther a day against the clause's tense may be and still win: "was held on October 12"
     * in an article of October 4 is the coming October 12 all the same (a tense misread costs less than a
     * year), but "landed on March 3" in January is last March.
     */
    private static final long AGAINST_TENSE_DAYS = 300;
    /** How far (in tokens) a word of a game may stand from "the third quarter" or "7:14" it makes a game's. */
    static final int SPORT_REACH = 12;
    private final Lexicon words;
    private final DateOrder order;
    private final FloatingHolidays floating;
    /** What after a year makes it a percentage: "2000 percent". */
    private final java.util.regex.Pattern percentAfter;
    /** What after a year makes it an amount of years, an age: "a 2000 year old tradition". */
    private final java.util.regex.Pattern ageAfter;

    CalendarResolver(Lexicon words, DateOrder order) {
        this.words = words;
        this.order = order;
        this.floating = new FloatingHolidays(words);
        this.percentAfter = java.util.regex.Pattern.compile("(?s)\\s*(?:" + words.alternation(WordKind.PERCENTAFTER) + ").*");
        String yearWords = words.kind(WordKind.UNIT).entrySet().stream().filter(e -> e.getValue().equals("Y"))
                .map(e -> java.util.regex.Pattern.quote(e.getKey())).collect(java.util.stream.Collectors.joining("|"));
        this.ageAfter = java.util.regex.Pattern.compile("[\\s-]+(?:" + yearWords + ")[\\s-]+(?:"
                + words.alternation(WordKind.AGEAFTER) + ")\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** A calendar date; "the week of March 6" is the ISO week holding it. */
    Timex absolute(Context c) {
        Timex t = absoluteDate(c);
        if (t != null && c.group("weekof") != null && t.value().length() == 10 && Character.isDigit(t.value().charAt(0))) {
            return date(Periods.week(LocalDate.parse(t.value())));
        }
        return t;
    }

    private Timex absoluteDate(Context c) {
        String monthWord = c.group("month");
        if (monthWord != null && !Character.isUpperCase(monthWord.charAt(0))) {
            return null; // "may", "march": a verb, not a month
        }
        int month = monthWord != null ? Integer.parseInt(words.value(WordKind.MONTH, monthWord)) : Integer.parseInt(c.group("monthnum"));
        String dayText = c.group("day") != null ? c.group("day") : c.group("daynum");
        String year = c.group("year");
        try {
            if (dayText == null) {
                return date(Periods.year(Integer.parseInt(year)) + "-" + Periods.padded(month, 2));
            }
            int day = Integer.parseInt(dayText);
            if (year != null) {
                int y = Integer.parseInt(year);
                try {
                    return date(LocalDate.of(y, month, day).toString());
                } catch (DateTimeException noSuchDay) {
                    // "February 29, 2023": the year and month stand; no other year may be guessed for the day
                    return date(Periods.year(y) + "-" + Periods.padded(month, 2));
                }
            }
            LocalDate.of(2000, month, day); // February 29 is valid in a leap year
            return date(nearestYear(c, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "04/01/2024": month first unless the first number cannot be a month, or the region reads day first. */
    Timex numeric(Context c) {
        int a = Integer.parseInt(c.group("first"));
        int b = Integer.parseInt(c.group("second"));
        String y = c.group("numyear");
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        boolean dayFirstHere = a > 12 || order == DateOrder.DAY_FIRST && b <= 12;
        int month = dayFirstHere ? b : a;
        int day = dayFirstHere ? a : b;
        try {
            return date(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    Timex month(Context c) {
        String word = c.group("month");
        String rel = c.group("rel");
        String lower = Lexicon.normalise(word);
        if (!Character.isUpperCase(word.charAt(0)) || !words.has(WordKind.FULLMONTH, lower)) {
            return null; // abbreviations stand only in full dates ("Jan" is a name); lower case is a verb
        }
        if (words.has(WordKind.VERBMONTH, lower) && rel == null && c.group("yearrel") == null
                && !words.has(WordKind.DATELEAD, c.previousWord())) {
            return null;
        }
        Token next = c.nextToken();
        if (rel == null && next != null && next.isProperNoun() && next.isCapitalised() && !words.has(WordKind.DATELEAD, c.previousWord())) {
            return null; // "June Carter", "April Ryan": a first name
        }
        int m = Integer.parseInt(words.value(WordKind.MONTH, word));
        if (c.anchor() == null) {
            return date("XXXX-" + Periods.padded(m, 2));
        }
        int y = c.anchor().getYear();
        int am = c.anchor().getMonthValue();
        int shift = words.shift(rel);
        int year;
        if (c.group("yearrel") != null) { // "June last year"
            year = y + words.shift(c.group("yearrel"));
        } else if (shift < 0) { // "last February" in March is a year back: the month just gone is "last month"
            year = m < am - 1 ? y : y - 1;
        } else if (shift > 0) {
            year = m > am ? y : y + 1;
        } else if (rel != null || m == am) {
            year = y;
        } else if (words.has(WordKind.DEADLINE, c.previousWord())) {
            // "conclude by May": a deadline is ahead, whatever verb governs the sentence; in a past clause a
            // month gone this year is this year's ("had doubled by May")
            year = m > am || c.tense() != Tense.Direction.PAST ? (m > am ? y : y + 1) : y;
        } else if (c.tense() == Tense.Direction.PAST && m != am + 1) {
            year = m < am ? y : y - 1;
        } else if (c.tense() == Tense.Direction.FUTURE || c.tense() == Tense.Direction.PAST) {
            // the month after the anchor's is the coming one even in a past clause ("told them of a cutback in
            // September", in August): eleven months back would be "last September"; but in December, January
            // in a past clause is the one gone
            year = m > am ? y : y + 1;
        } else {
            year = m - am > 6 ? y - 1 : am - m > 6 ? y + 1 : y;
        }
        return date(Periods.padded(year, 4) + "-" + Periods.padded(m, 2));
    }

    Timex weekday(Context c) {
        String word = c.group("weekday");
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        int w = Integer.parseInt(words.value(WordKind.WEEKDAY, word));
        String part = c.group("partofday") == null ? null : words.value(WordKind.PARTOFDAY, c.group("partofday"));
        LocalDate anchor = c.dayAnchor();
        if (anchor == null) {
            return withPart(String.format("XXXX-WXX-%d", w), part);
        }
        int a = anchor.getDayOfWeek().getValue();
        int back = (a - w + 7) % 7; // days back to the most recent such weekday (0: today)
        int ahead = (w - a + 7) % 7;
        String rel = c.group("rel");
        int shift = words.shift(rel);
        LocalDate day;
        if (shift < 0) {
            day = anchor.minusDays(back == 0 ? 7 : back);
        } else if (shift > 0) {
            day = anchor.plusDays(ahead == 0 ? 7 : ahead);
        } else if (rel != null) {
            day = anchor.plusDays(w - a);
        } else if (back == 0) {
            day = anchor; // "on Monday" in a Monday article is that day
        } else if (c.tense() == Tense.Direction.PAST) {
            day = anchor.minusDays(back);
        } else if (c.tense() == Tense.Direction.FUTURE || c.tense() == Tense.Direction.PRESENT && !possessive(c)
                || words.has(WordKind.DEADLINE, c.previousWord())) { // "should ease by Monday": a deadline is ahead
            day = anchor.plusDays(ahead);
        } else {
            // a weak cue, none, or "Friday's purchases" (an event named, whatever the clause's tense): news
            // reports what happened, so the day just gone, unless the day named is tomorrow (TE3: 134 bare
            // weekdays 1-4 days back, 9 one day ahead, 6 farther ahead)
            day = ahead < back && ahead <= 1 ? anchor.plusDays(ahead) : anchor.minusDays(back);
        }
        Timex t = withPart(day.toString(), part);
        // "the end of the day Saturday": the position inside that day is its mod
        return c.group("posmod") == null ? t : t.withMod(words.value(WordKind.POSMOD, Lexicon.normalise(c.group("posmod"))));
    }

    /** "Friday's purchases": the weekday names an event, not the time of the clause's verb. */
    private static boolean possessive(Context c) {
        Token next = c.nextToken();
        return next != null && (next.lower().equals("'s") || next.lower().equals("’s"));
    }

    Timex holiday(Context c) {
        if (c.group("floatingholiday") != null) {
            return floating.resolve(c);
        }
        String name = c.group("holiday");
        if (!Character.isUpperCase(name.charAt(0)) || inName(c)) {
            return null; // "Johnnie Christmas" is a person
        }
        String[] md = words.value(WordKind.HOLIDAY, name).split("-");
        int month = Integer.parseInt(md[0]);
        int day = Integer.parseInt(md[1]);
        if (c.group("year") != null) {
            return date(c.group("year") + "-" + Periods.padded(month, 2) + "-" + Periods.padded(day, 2));
        }
        return date(nearestYear(c, month, day));
    }

    Timex year(Context c) {
        String y = c.group("year");
        if (c.group("shortyear") != null) {
            if (!words.has(WordKind.DATELEAD, c.previousWord()) || c.previousWord().equals("the")) {
                return null; // "'98" only after "in", "since" …: else it is a quote mark
            }
            int two = Integer.parseInt(c.group("shortyear").substring(1));
            y = Periods.year(two + (c.reference() != null && two <= c.reference().getYear() % 100 + 1 ? 2000 : 1900));
        }
        int year = Integer.parseInt(y);
        String prev = c.previousWord();
        String before = c.before().stripTrailing();
        String beforeWords = before.isEmpty() ? "" : Lexicon.normalise(before);
        if (!before.isEmpty() && words.endsWithAny(WordKind.CURRENCYBEFORE, beforeWords)) {
            return null; // "$2000", "No. 1999"
        }
        if (percentAfter.matcher(c.after()).matches() || ageAfter.matcher(c.after()).lookingAt()) {
            return null; // "2000 percent"; "a 2000 year old tradition" is an age, not the year 2000
        }
        Token next = c.nextToken();
        Token prevTok = c.previousToken();
        boolean determined = prevTok != null && (prevTok.lower().equals("the") || prevTok.lower().endsWith("'s")
                || prevTok.lower().endsWith("’s"));
        boolean fiscal = c.group("fiscal") != null; // "fiscal 1989 sales": a year, whatever follows
        if (next != null && !next.isCapitalised() && !determined && !fiscal && !words.has(WordKind.YEARNOUN, next.lower()) && (countNoun(next.lower())
                || next.tag().equals("NOUN") && next.lower().endsWith("s") && !next.lower().endsWith("ss"))) {
            return null; // "2000 people", "1500 troops"; but "the 2014 protests" is a year
        }
        if (prevTok != null && prevTok.isNumber() && !DAY_NUMBER.matcher(prevTok.text()).matches()) {
            return null; // "one 2000", "1,000 2000" (a list of figures)
        }
        if (next != null && next.lower().equals("of") && c.last() + 2 < c.tokens().size()
                && c.tokens().get(c.last() + 2).tag().equals("DET")) {
            return null; // "2011 of the votes"
        }
        if (year < 1800 && !words.has(WordKind.OLDYEARLEAD, prev)) {
            return null;
        }
        if (words.has(WordKind.NUMBERLEAD, prev)) {
            return null; // "Room 1909", "Flight 1909", "Resolution 1441": a label
        }
        if (next != null && next.isCapitalised() && c.last() + 2 < c.tokens().size()
                && words.has(WordKind.STREET, c.tokens().get(c.last() + 2).text())) {
            return null; // "1119 Main Street": an address
        }
        return date(y);
    }

    /** A decade is its first three digits ("the 1970s": 197), as the TIDES/TimeML guidelines write it. */
    Timex decade(Context c) {
        if (c.group("decade") != null) {
            return date(c.group("decade"));
        }
        if (c.group("shortdecade") != null) {
            int d = Integer.parseInt(c.group("shortdecade"));
            int now = c.reference() != null ? c.reference().getYear() : 2000;
            int century = d * 10 <= now % 100 ? now / 100 : now / 100 - 1;
            return date(String.format("%02d%d", century, d));
        }
        return date(words.value(WordKind.DECADEWORD, c.group("decadeword")));
    }

    Timex century(Context c) {
        // "the 20th century", "the nineteenth century", "a 20th century democrat"; not "a second century" (cricket)
        String digits = c.group("centnum") != null ? c.group("centnum") : c.group("barecentnum");
        String n = digits != null ? digits : words.value(WordKind.ORDINAL, c.group("ordinal"));
        int cent = Integer.parseInt(n);
        return cent < 1 || cent > 21 ? null : date(String.format("%02d", cent - 1)); // "the 20th century": 19, as the guidelines write it
    }

    Timex quarter(Context c) {
        String q = c.group("qnum") != null ? c.group("qnum") : words.value(WordKind.ORDINAL, c.group("ordinal"));
        int n = Integer.parseInt(q);
        if (n < 1 || n > 4) {
            return null;
        }
        if (c.group("qnum") == null && nearSport(c)) {
            return null; // "the third quarter" of a game
        }
        if (c.group("year") != null) {
            return date(c.group("year") + "-Q" + n);
        }
        if (c.anchor() == null) {
            return date("XXXX-Q" + n);
        }
        int y = c.anchor().getYear();
        if (c.group("rel") != null) { // "next year's first quarter"
            return date(Periods.year(y + words.shift(c.group("rel"))) + "-Q" + n);
        }
        int current = (c.anchor().getMonthValue() + 2) / 3;
        // "fourth-quarter profit rose" in a February report is last year's fourth quarter
        return date(Periods.year(n > current && c.tense() == Tense.Direction.PAST ? y - 1 : y) + "-Q" + n);
    }

    /** A word of a game ("scored", "touchdown") within a few tokens of the match. */
    private boolean nearSport(Context c) {
        return c.near(words, WordKind.SPORT, SPORT_REACH);
    }

    /** "the first half of 2023", "the second half of next year", "the last half of the year" (the anchor's). */
    Timex half(Context c) {
        String h = "-" + words.value(WordKind.HALFWORD, c.group("halfword"));
        if (c.group("year") != null) {
            return date(c.group("year") + h);
        }
        LocalDate a = c.anchor();
        return a == null ? date("XXXX" + h) : date(Periods.year(a.getYear() + words.shift(c.group("rel"))) + h);
    }

    Timex season(Context c) {
        String word = Lexicon.normalise(c.group("season"));
        String code = words.value(WordKind.SEASON, word);
        String rel = c.group("rel") == null ? null : Lexicon.normalise(c.group("rel"));
        if (c.group("year") != null) {
            return date(c.group("year") + "-" + code);
        }
        Token next = c.nextToken();
        if (rel == null && (words.has(WordKind.SEASONVERB, word) || !words.has(WordKind.SEASONLEAD, c.previousWord())
                || next != null && next.tag().equals("NOUN") && !next.isCapitalised())) {
            return null; // "fall" the verb, "summer camp", "winter wheat"
        }
        if (c.anchor() == null) {
            return date("XXXX-" + code);
        }
        int shift = words.shift(rel);
        if (shift < 0 && words.has(WordKind.LATESTGONE, rel) && c.anchor().getMonthValue() > lastMonth(code)) {
            shift = 0; // "this past spring" in October: the spring of this year, over by now
        }
        return date(c.anchor().getYear() + shift + "-" + code);
    }

    /** The last month of a season that ends within its year (12 for winter, which runs into the next). */
    private static int lastMonth(String season) {
        return switch (season) {
            case "SP" -> 5;
            case "SU" -> 8;
            case "FA" -> 11;
            default -> 12;
        };
    }

    /** A count noun after a number: a row of words.tsv, or a compound ending in one ("schoolchildren"). */
    private boolean countNoun(String word) {
        for (String n : words.kind(WordKind.COUNTNOUN).keySet()) {
            if (word.endsWith(n) && (word.length() == n.length() || n.length() >= 5)) {
                return true;
            }
        }
        return false;
    }

    /** True when the match continues a capitalised name ("LA Weekly", "Johnnie Christmas"). */
    static boolean inName(Context c) {
        Token prev = c.previousToken();
        return prev != null && prev.isProperNoun() && prev.isCapitalised();
    }

    /**
     * The year of a day named without one: in a past-tense clause the latest such day up to the anchor, in a
     * future one the earliest from it, else the nearest ("June 18" in July 2008 is 2008-06-18; "11 December"
     * in January 2010 is 2009-12-11).
     */
    private static String nearestYear(Context c, int month, int day) {
        LocalDate anchor = c.dayAnchor() != null ? c.dayAnchor() : c.anchor();
        if (anchor == null) {
            return "XXXX-" + Periods.padded(month, 2) + "-" + Periods.padded(day, 2);
        }
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                long diff = d.toEpochDay() - anchor.toEpochDay();
                boolean against = c.tense() == Tense.Direction.PAST && diff > 1 || c.tense() == Tense.Direction.FUTURE && diff < -1;
                long score = Math.abs(diff) + (against ? AGAINST_TENSE_DAYS : 0);
                if (score < bestScore) {
                    best = d;
                    bestScore = score;
                }
            } catch (DateTimeException e) {
                // February 29 of a common year
            }
        }
        return best == null ? null : best.toString();
    }

    private static Timex date(String value) {
        return value == null ? null : new Timex("DATE", value, null);
    }

    private static Timex withPart(String value, String part) {
        return part == null ? date(value) : new Timex("TIME", value + "T" + part, null);
    }
}
