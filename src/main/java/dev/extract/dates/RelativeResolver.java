package dev.extract.dates;

import dev.extract.text.Token;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Resolvers for expressions read against an anchor ("today", "last year", "two weeks ago", "the next day") and
 * for amounts of time (durations; sets are {@link SetResolver}'s, clock times {@link ClockResolver}'s).
 */
final class RelativeResolver {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern HYPHEN_OR_SPACE = java.util.regex.Pattern.compile("[-\\s]");
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
    private static final java.util.regex.Pattern YEARLIKE = java.util.regex.Pattern.compile("(?:1[89]|20)\\d\\d");
    private final Lexicon words;
    /** "25 years old": an age, not a period. */
    private final java.util.regex.Pattern oldAfter;
    /** "aged 25 years", "at the age of 25 years", "aged 8–10 years". */
    private final java.util.regex.Pattern ageBefore;
    /** "agendas and minutes", "minutes and transcripts": the papers of a meeting. */
    private final java.util.regex.Pattern recordBefore;
    private final java.util.regex.Pattern recordAfter;

    private final ViewResolver view;

    RelativeResolver(Lexicon words, ViewResolver view) {
        this.words = words;
        this.view = view;
        this.oldAfter = java.util.regex.Pattern.compile("(?s)\\s+(?:" + words.alternation(WordKind.AGEAFTER) + ")\\b.*");
        // "aged 8–10 years": the upper end of a range of ages is an age too
        this.ageBefore = java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:" + words.alternation(WordKind.AGEBEFORE) + ")\\s*(?:\\d{1,3}\\s*(?:[-–]|to)\\s*)?$");
        String records = words.alternation(WordKind.RECORDNOUN);
        String and = words.alternation(WordKind.COORDINATOR);
        this.recordBefore = java.util.regex.Pattern.compile("(?i)(?<!\\p{L})(?:" + records + ")\\s*,?\\s+(?:" + and + ")\\s+$");
        this.recordAfter = java.util.regex.Pattern.compile("(?i)\\s*,?\\s+(?:" + and + ")\\s+(?:" + records + ")\\b");
    }

    Timex deictic(Context c) {
        if (c.group("recent") != null) { // "recent weeks", "coming years"
            return new Timex("DATE", words.value(WordKind.RECENT, c.group("recent")), null);
        }
        if (Titles.isTitle(c)) {
            return null; // "USA Today", NBC's "Today"
        }
        String v = words.value(WordKind.DEICTIC, c.group("deictic"));
        String idiom = words.value(WordKind.NOTDEICTIC, c.previousWord());
        if (idiom != null && (idiom.equals("-") || c.after().startsWith(" " + idiom))) {
            return null; // "every now and again", "just now and then"
        }
        if (v.endsWith("_REF")) {
            if (c.after().startsWith(" of ") && Lexicon.normalise(c.group("deictic")).startsWith("the ")) {
                return null; // "the future of ozone pollution": a thing's prospects, not a time
            }
            return c.group("partofday") == null ? new Timex("DATE", v, null) : null;
        }
        String[] parts = v.split(":");
        int days = Integer.parseInt(parts[0].substring(0, parts[0].length() - 1));
        String part = parts.length > 1 ? parts[1]
                : c.group("partofday") == null ? null : words.value(WordKind.PARTOFDAY, c.group("partofday"));
        LocalDate a = c.dayAnchor();
        String day = a == null ? "XXXX-XX-XX" : a.plusDays(days).toString();
        return part == null ? new Timex("DATE", day, null) : new Timex("TIME", day + "T" + part, null);
    }

    Timex relative(Context c) {
        if (Titles.isTitle(c)) {
            return null; // ABC's "This Week"
        }
        String unitWord = Lexicon.normalise(c.group("unit"));
        String unit = words.value(WordKind.UNIT, unitWord);
        String rel = c.group("rel") == null ? "" : Lexicon.normalise(c.group("rel"));
        boolean the = c.group("the") != null;
        boolean plural = unitWord.endsWith("s");
        String mod = c.group("posmod") == null ? null : words.value(WordKind.POSMOD, c.group("posmod"));
        if ("END".equals(mod) && unit.equals("D") && c.previousWord().equals("at") && !view.dayFollows(c)) {
            return null; // "at the end of the day, voters decide": an idiom, unless a day follows ("... on Friday")
        }
        if (c.group("dir") != null) { // "the day before": the day before the last day named
            if (c.previous() != null && appositive(c)) {
                // "Oct. 12, the day before the stock market plunge": the day named, described by an event
                return new Timex("DATE", c.previous().toString(), null);
            }
            LocalDate p = c.previous() != null ? c.previous() : c.dayAnchor();
            int n = words.number(WordKind.DIRECTION, c.group("dir"));
            return new Timex("DATE", p == null ? "XXXX-XX-XX" : p.plusDays(n).toString(), null);
        }
        if (c.group("num") != null || plural || the && rel.equals("past")) {
            if (words.has(WordKind.POINTREL, rel)) {
                return null;
            }
            return duration(c.group("num") == null ? (plural ? "X" : "1") : c.group("num"), false, unit);
        }
        if (unit.startsWith("T")) {
            return null; // "this hour": no calendar period
        }
        if (!rel.isEmpty() && !words.has(WordKind.SHIFT, rel)) {
            return null;
        }
        int shift = words.shift(rel);
        if (unit.equals("WE") && rel.isEmpty() && c.dayAnchor() != null && c.dayAnchor().getDayOfWeek().getValue() < 6
                && c.tense() == Tense.Direction.PAST) {
            shift = -1; // "rallied over the weekend", written on a weekday: the one just gone
        }
        // after "the", "the following week" counts from the last date named ("the current year" from the anchor)
        String fromNamed = words.value(WordKind.FROMNAMED, rel);
        LocalDate base = base(c, unit, fromNamed != null && (the || fromNamed.equals("-")));
        String value = base == null ? Periods.unknown(unit) : Periods.shifted(base, unit, shift);
        return value == null ? null : new Timex("DATE", value, mod);
    }

    /**
     * The day a relative expression counts from: the anchor, or for "the following week", "the same day",
     * "that day" ({@code fromNamed}) the last day named, and for "the next year", "that year" the last period
     * named ("August 2016"), if any.
     */
    private static LocalDate base(Context c, String unit, boolean fromNamed) {
        LocalDate base = c.anchor();
        String baseUnit = c.anchorUnit();
        if (fromNamed) {
            boolean calendarUnit = unit.equals("Y") || unit.equals("M") || unit.equals("Q");
            if (calendarUnit && c.previousPeriod() != null) {
                base = c.previousPeriod();
                baseUnit = c.periodUnit();
            } else if (c.previous() != null) {
                base = c.previous();
                baseUnit = "D";
            }
        }
        if (base == null || !covers(baseUnit, unit)) {
            base = unit.equals("Y") || unit.equals("DE") || unit.equals("CE") ? base : c.dayAnchor();
        }
        return base;
    }

    Timex ago(Context c) {
        String unit = words.value(WordKind.UNIT, c.group("unit"));
        String num = number(c.group("num"));
        if (num == null || unit == null) {
            return null;
        }
        boolean later = words.number(WordKind.DIRECTION, c.group("dir")) > 0;
        boolean ago = words.extra(WordKind.DIRECTION, c.group("dir")) != null;
        // "two days later", "five hours earlier": the amount is a duration and the word relates it (TimeBank,
        // GUM); "three days later than planned" is a day, and "a year earlier" a year (TE3's reports)
        boolean dayOrLess = unit.equals("D") || unit.startsWith("T");
        if ((later || !ago && dayOrLess) && !c.after().startsWith(" than")) {
            return null;
        }
        if (num.equals("X")) {
            return new Timex("DATE", "PAST_REF", null);
        }
        if (unit.equals("Y") && num.equals("1") && c.group("half") == null && c.nearFocus() != null
                && !longerPeriodBefore(c)) {
            // "up from $3 million a year earlier" just after the third quarter is named: that quarter a year before
            return new Timex("DATE", FocusResolver.yearBefore(c.nearFocus()), null);
        }
        LocalDate base = ago ? c.dayAnchor() : (c.previous() != null ? c.previous() : c.dayAnchor());
        if (base == null) {
            return new Timex("DATE", Periods.unknown(unit.startsWith("T") ? "D" : unit), null);
        }
        double n = Double.parseDouble(num) + (c.group("half") != null ? 0.5 : 0);
        int sign = later ? 1 : -1;
        String value = switch (unit) {
            case "DE" -> Periods.shifted(base, "Y", (int) Math.round(sign * n * 10));
            case "CE" -> Periods.shifted(base, "Y", (int) Math.round(sign * n * 100));
            case "Y", "M", "W", "D", "Q" -> n == Math.rint(n) ? Periods.shifted(base, unit, (int) (sign * n))
                    : Periods.shifted(base, "M", (int) Math.round(sign * n * months(unit)));
            default -> base.toString(); // "two hours ago": today
        };
        if (value == null || Math.abs(n) > 1_000_000) { // past the calendar: only the direction is known
            return new Timex("DATE", later ? "FUTURE_REF" : "PAST_REF", null);
        }
        return new Timex("DATE", value, null);
    }

    /**
     * "For the nine months, … compared with … a year earlier": a span of months named earlier in the sentence is
     * what the year-ago figure compares with, not the quarter.
     */
    private boolean longerPeriodBefore(Context c) {
        java.util.List<dev.extract.text.Token> tokens = c.tokens();
        for (int i = 0; i < c.first() && i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (w.endsWith("s") && "M".equals(words.value(WordKind.UNIT, w))) {
                return true;
            }
        }
        return false;
    }

    Timex duration(Context c) {
        String numWord = c.group("num");
        String unitWord = Lexicon.normalise(c.group("unit"));
        String unit = words.value(WordKind.UNIT, unitWord);
        String after = c.after();
        if (startsWithHyphenated(WordKind.AGEAFTER, after) || oldAfter.matcher(after).matches() || ageBefore.matcher(c.before()).find()) {
            return null; // an age, not a period
        }
        if (Titles.isTitle(c) || words.opensWith(WordKind.IDIOMAFTER, after) || numWord == null && unit.equals("TM") && meetingRecord(c)) {
            return null; // "fifteen minutes of fame"; "agendas and minutes", "the minutes of the meeting"
        }
        if (c.group("overthe") != null && !c.previousWord().equals("over")) {
            return null; // "over the years" is a vague duration; "the years" alone is not
        }
        if (numWord == null && Character.isUpperCase(c.group("unit").charAt(0)) && c.previousToken() != null
                && !c.previousToken().isPunctuation()) {
            return null; // "Mr. Weeks", "Kimberly Weeks": a surname mid-sentence
        }
        if (numWord == null) {
            Token prev = c.previousToken();
            // "years" alone is vague, but after a number it was part of a refused "25 years" (an age)
            return prev != null && prev.isNumber() ? null : duration("X", false, unit);
        }
        String n = Lexicon.normalise(numWord);
        if (YEARLIKE.matcher(n).matches() && !unitWord.endsWith("s")) {
            return null; // "a 2000 year old tradition", "World Cup 2018 day five": a year before a noun
        }
        boolean article = words.has(WordKind.ARTICLE, n);
        if (article && (unit.equals("TS") || unit.equals("Q"))) {
            return null; // "a second term", "a quarter of"
        }
        if (unit.equals("Q") && unitWord.endsWith("s") && c.group("num") != null && c.group("hyphen") != null) {
            return null; // "three-quarters of its food": a fraction (a span of quarters is "three quarters")
        }
        Timex d = duration(numWord, c.group("half") != null, unit);
        Token next = c.nextToken();
        if (d != null && !article && "P1D".equals(d.value()) && next != null && (next.tag().equals("VERB") || next.tag().equals("AUX"))) {
            return new Timex("DATE", "FUTURE_REF", null); // "Islam will one day be …": some day, ahead
        }
        if (d != null && article && isRate(c)) {
            return d.withType("SET"); // "$5 billion a year"
        }
        return d;
    }

    /**
     * Whether the match stands in apposition to a date just before it and names an event after it: a date
     * ending in a number, a comma, then "the day before" and a word ("Nov. 3, the day before authorities ...").
     */
    private static boolean appositive(Context c) {
        String b = c.before();
        int i = b.length() - 1;
        while (i >= 0 && Character.isWhitespace(b.charAt(i))) {
            i--;
        }
        if (i < 1 || b.charAt(i) != ',' || !Character.isDigit(b.charAt(i - 1))) {
            return false;
        }
        String a = c.after();
        int j = 0;
        while (j < a.length() && Character.isWhitespace(a.charAt(j))) {
            j++;
        }
        return j > 0 && j < a.length() && Character.isLetter(a.charAt(j));
    }

    /** Bare "minutes" beside other papers, or "the minutes of ..." not after "in", "for", "within": a record. */
    private boolean meetingRecord(Context c) {
        if (recordBefore.matcher(c.before()).find() || recordAfter.matcher(c.after()).lookingAt()) {
            return true;
        }
        int the = c.first() - 1;
        if (the < 0 || !c.tokens().get(the).lower().equals("the") || !c.after().startsWith(" of ")) {
            return false;
        }
        return the == 0 || !c.tokens().get(the - 1).tag().equals("ADP");
    }

    /** The half of a clock unit written in the next smaller one: half an hour is 30 minutes. */
    private static final Map<String, String> HALF_IN_SMALLER = Map.of("TH", "30M", "TM", "30S");

    /** A TIMEX3 duration of {@code num} {@code unit}s; decades and centuries count in years. */
    Timex duration(String num, boolean half, String unit) {
        String n = number(num);
        if (n == null || unit == null) {
            return null;
        }
        String amount;
        String letter = unit;
        if (n.equals("X")) {
            amount = "X";
            if (unit.equals("DE") || unit.equals("CE")) {
                letter = "Y";
            }
        } else {
            BigDecimal v = new BigDecimal(n);
            String smaller = half ? HALF_IN_SMALLER.get(unit) : null;
            if (smaller != null && v.scale() <= 0) {
                // "an hour and a half", "5 1/2 hours": TimeML writes the half in the next smaller clock unit
                // (PT5H30M, as TE3 does); halves of years and days stay decimal (MEANTIME writes P2.5Y)
                return new Timex("DURATION", "PT" + v.toPlainString() + unit.substring(1) + smaller, null);
            }
            if (half) {
                v = v.add(new BigDecimal("0.5"));
            }
            if (unit.equals("DE")) {
                v = v.multiply(BigDecimal.TEN);
                letter = "Y";
            } else if (unit.equals("CE")) {
                v = v.multiply(BigDecimal.valueOf(100));
                letter = "Y";
            }
            amount = v.stripTrailingZeros().toPlainString();
        }
        String value = letter.startsWith("T") ? "PT" + amount + letter.substring(1) : "P" + amount + letter;
        return new Timex("DURATION", value, null);
    }

    /** The value of a number: digits, "twenty-five", or a word of words.tsv ("X" for "several"). */
    String number(String text) {
        if (text == null) {
            return null;
        }
        String t = Lexicon.normalise(text).replace(",", "");
        if (t.equals("x") || DIGITS.matcher(t).matches()) {
            return t.toUpperCase(java.util.Locale.ROOT);
        }
        String v = words.value(WordKind.NUMBER, t);
        if (v != null) {
            return v;
        }
        String[] parts = HYPHEN_OR_SPACE.split(t);
        if (parts.length == 2) {
            String tens = words.value(WordKind.NUMBER, parts[0]);
            String ones = words.value(WordKind.NUMBER, parts[1]);
            if (tens != null && ones != null) {
                return String.valueOf(Integer.parseInt(tens) + Integer.parseInt(ones));
            }
        }
        return null;
    }

    private boolean isRate(Context c) {
        Token prev = c.previousToken();
        if (prev == null) {
            return false;
        }
        return prev.isNumber() || words.has(WordKind.RATELEAD, prev.lower()) || HAS_DIGIT.matcher(prev.text()).matches();
    }

    /** True when {@code text} starts with a hyphen and a phrase of {@code kind}: "-old". */
    private boolean startsWithHyphenated(WordKind kind, String text) {
        if (text.isEmpty() || text.charAt(0) != '-') {
            return false;
        }
        for (String phrase : words.kind(kind).keySet()) {
            if (text.startsWith(phrase, 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(String anchorUnit, String unit) {
        if ("D".equals(anchorUnit)) {
            return true;
        }
        if ("Q".equals(anchorUnit)) {
            return unit.equals("Q") || unit.equals("Y") || unit.equals("DE") || unit.equals("CE");
        }
        if ("M".equals(anchorUnit)) {
            return !unit.equals("D") && !unit.equals("W") && !unit.equals("WE");
        }
        return unit.equals("Y") || unit.equals("DE") || unit.equals("CE");
    }

    private static double months(String unit) {
        return switch (unit) {
            case "Y" -> 12;
            case "Q" -> 3;
            case "W" -> 0.25;
            case "D" -> 1.0 / 30;
            default -> 1;
        };
    }
}
