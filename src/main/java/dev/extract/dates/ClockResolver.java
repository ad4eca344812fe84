package dev.extract.dates;

import java.time.LocalDate;

/** Clock times: "9:15 a.m. EST", "noon", "at 4 in the morning", on the anchor's day until a day named joins them. */
final class ClockResolver {
    private final Lexicon words;

    ClockResolver(Lexicon words) {
        this.words = words;
    }

    Timex time(Context c) {
        // the day of the anchor; a day named in the same sentence replaces it later (see ClockDays)
        if (c.group("minutenum") != null || c.group("ordinal") != null) {
            return new Timex("TIME", "XXXX-XX-XXTXX:XX", null); // "the 20th minute" of a match: no day, no clock
        }
        if (c.group("ampm") == null && c.group("tz") == null && c.near(words, WordKind.SPORT, CalendarResolver.SPORT_REACH)) {
            return null; // "scored at 7:14 of the second period": the game's clock
        }
        LocalDate day = c.dayAnchor();
        String date = day == null ? "XXXX-XX-XX" : day.toString();
        if (c.group("clockword") != null) {
            if (words.has(WordKind.CLOCKIDIOM, c.previousWord())) {
                return null; // "high noon": the moment of a showdown, no clock time
            }
            return new Timex("TIME", date + words.value(WordKind.CLOCKWORD, c.group("clockword")), null);
        }
        int hour = Integer.parseInt(c.group("hour"));
        if (c.group("halfday") != null && !words.has(WordKind.CLOCKLEAD, c.previousWord())) {
            return null; // "won 2 in the afternoon session": a count; "at 4 in the morning" is a clock time
        }
        String ampm = c.group("halfday") != null ? words.value(WordKind.HALFDAY, c.group("halfday")) : c.group("ampm");
        if (ampm == null && c.group("tz") == null && c.group("hour").length() < 2
                && !words.has(WordKind.CLOCKLEAD, c.previousWord())) {
            return null; // "2:1" scores and "3:16" verses: a clock time needs a.m., a zone, two digits or "at"
        }
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        String minute = c.group("minute") == null ? "00" : c.group("minute");
        return new Timex("TIME", String.format("%sT%02d:%s", date, hour, minute), null);
    }
}
