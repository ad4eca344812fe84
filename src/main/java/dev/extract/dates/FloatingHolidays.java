package dev.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/** Holidays on the nth weekday of a month ("Thanksgiving Day", "Labor Day"), from {@code floatingholiday} rows. */
final class FloatingHolidays {
    private final Lexicon words;

    FloatingHolidays(Lexicon words) {
        this.words = words;
    }

    /** "Thanksgiving Day", "last Labor Day": the nth weekday of its month in the year the clause points to. */
    Timex resolve(Context c) {
        String name = c.group("floatingholiday");
        if (!Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        String[] rule = words.value(WordKind.FLOATINGHOLIDAY, name).split("-", 3);
        int month = Integer.parseInt(rule[0]);
        DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(rule[1]));
        int nth = Integer.parseInt(rule[2]);
        IntFunction<LocalDate> in = y -> LocalDate.of(y, month, 1).with(nth < 0
                ? TemporalAdjusters.lastInMonth(weekday)
                : TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
        if (c.group("year") != null) {
            return date(in.apply(Integer.parseInt(c.group("year"))).toString());
        }
        LocalDate a = c.dayAnchor();
        if (a == null) {
            return date("XXXX-" + Periods.padded(month, 2) + "-XX");
        }
        LocalDate before;
        LocalDate after;
        try {
            before = in.apply(a.getYear()).isAfter(a) ? in.apply(a.getYear() - 1) : in.apply(a.getYear());
            after = in.apply(a.getYear()).isBefore(a) ? in.apply(a.getYear() + 1) : in.apply(a.getYear());
        } catch (java.time.DateTimeException e) {
            return null; // a reference date at the end of the calendar
        }
        int shift = words.shift(c.group("rel"));
        boolean back = shift < 0 || shift == 0 && (c.tense() == Tense.Direction.PAST
                || c.tense() != Tense.Direction.FUTURE && a.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - a.toEpochDay());
        return date((back ? before : after).toString());
    }

    private static Timex date(String value) {
        return new Timex("DATE", value, null);
    }
}
