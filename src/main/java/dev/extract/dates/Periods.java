package dev.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 calendar values: writing the value of the period of a given unit that holds a day, and reading back a
 * value's first and last calendar day and granularity. Units are the letters of {@code words.tsv}
 * (Y, M, W, D, Q, DE, CE, WE).
 */
final class Periods {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    // the granularity of a value, by its shape
    private static final Pattern G_DAY = Pattern.compile("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}");
    private static final Pattern G_WEEKEND = Pattern.compile("[\\dX]{4}-W[\\dX]{2}-WE");
    private static final Pattern G_WEEK = Pattern.compile("[\\dX]{4}-W[\\dX]{2}(-\\d)?");
    private static final Pattern G_MONTH = Pattern.compile("[\\dX]{4}-[\\dX]{2}");
    private static final Pattern G_QUARTER = Pattern.compile("[\\dX]{4}-Q[\\dX]");
    private static final Pattern G_HALF = Pattern.compile("\\d{4}-H\\d");
    private static final Pattern G_SEASON = Pattern.compile("[\\dX]{4}-(SP|SU|FA|WI)");
    private static final Pattern G_YEAR = Pattern.compile("[\\dX]{4}");

    private Periods() {
    }

    /** The value of the period of {@code unit} that holds {@code day}, shifted by {@code n} periods. */
    static String shifted(LocalDate day, String unit, int n) {
        // "2147483648 years ago": a shift that leaves the four-digit years has no value (never a wrapped one)
        long years = switch (unit) {
            case "Y" -> n;
            case "M", "Q" -> n / 12L * ("Q".equals(unit) ? 3 : 1);
            case "W", "WE" -> n / 52L;
            case "D" -> n / 365L;
            case "DE" -> n * 10L;
            case "CE" -> n * 100L;
            default -> 0;
        };
        if (Math.abs(day.getYear() + years) > 9999) {
            return null;
        }
        return switch (unit) {
            case "Y" -> year(day.getYear() + n);
            case "M" -> month(day.plusMonths(n));
            case "W" -> week(day.plusWeeks(n));
            case "WE" -> week(day.plusWeeks(n)) + "-WE";
            case "D" -> day.plusDays(n).toString();
            case "Q" -> quarter(day.plusMonths(3L * n));
            case "DE" -> padded(day.getYear() / 10 + n, 3) + "X";
            case "CE" -> padded(day.getYear() / 100 + n, 2) + "XX";
            default -> null;
        };
    }

    /** The value of a period of {@code unit} when no reference date is known. */
    static String unknown(String unit) {
        return switch (unit) {
            case "Y" -> "XXXX";
            case "M" -> "XXXX-XX";
            case "W" -> "XXXX-WXX";
            case "WE" -> "XXXX-WXX-WE";
            case "D" -> "XXXX-XX-XX";
            case "Q" -> "XXXX-QX";
            case "DE" -> "XXXX";
            case "CE" -> "XXXX";
            default -> null;
        };
    }

    /** Whether a value is a quarter of a known year ("2023-Q3"). */
    static boolean isQuarter(String value) {
        return value != null && QUARTER.matcher(value).matches();
    }

    static String year(int y) {
        return padded(y, 4);
    }

    static String month(LocalDate d) {
        return padded(d.getYear(), 4) + "-" + padded(d.getMonthValue(), 2);
    }

    /** What String.format("%0<width>d", n) gives, without parsing a format string on every date. */
    static String padded(int n, int width) {
        if (n < 0) {
            return String.format("%0" + width + "d", n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static String week(LocalDate d) {
        return padded(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + padded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    static String quarter(LocalDate d) {
        return padded(d.getYear(), 4) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the period a value names, or null for partial and non-calendar values. */
    static LocalDate firstDay(String value) {
        List<String> r = range(value);
        return r == null ? null : day(r.get(0));
    }

    /** A "yyyy-mm-dd" day read by hand (LocalDate.parse's formatter is slow); other shapes go to LocalDate.parse. */
    static LocalDate day(String iso) {
        if (shaped(iso, "####-##-##", false)) {
            try {
                return LocalDate.of(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
            } catch (java.time.DateTimeException invalid) {
                // fall through: LocalDate.parse throws its own exception for it, as before
            }
        }
        return LocalDate.parse(iso);
    }

    /** First and last calendar day of a TIMEX3 date value, or null when it is not a calendar period. */
    static List<String> range(String value) {
        if (value == null) {
            return null;
        }
        // the common shapes read by hand, the same as their patterns would
        if (shaped(value, "####-##-##", false)) {
            LocalDate d = LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            return List.of(d.toString(), d.toString());
        }
        if (shaped(value, "####-##", false)) {
            YearMonth ym = YearMonth.of(digits(value, 0, 4), digits(value, 5, 7));
            return List.of(ym.atDay(1).toString(), ym.atEndOfMonth().toString());
        }
        if (shaped(value, "####", false)) {
            return List.of(value + "-01-01", value + "-12-31");
        }
        List<String> dayMonthYear = dayMonthOrYearRange(value);
        return dayMonthYear != null ? dayMonthYear : periodRange(value);
    }

    /** The range of a day, month or year value of an unusual shape ("0999-01-02T10:00"). */
    private static List<String> dayMonthOrYearRange(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return List.of(d.toString(), d.toString());
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
            return List.of(ym.atDay(1).toString(), ym.atEndOfMonth().toString());
        }
        if (YEAR.matcher(value).matches()) {
            return List.of(value + "-01-01", value + "-12-31");
        }
        return null;
    }

    /** The range of a week, quarter, half, season, decade or century value. */
    private static List<String> periodRange(String value) {
        Matcher m;
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate first = m.group(3) != null ? monday.plusDays(5) : monday;
            return List.of(first.toString(), monday.plusDays(6).toString());
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), num(m, 2) * 3 - 2);
            return List.of(first.atDay(1).toString(), first.plusMonths(2).atEndOfMonth().toString());
        }
        if ((m = HALF.matcher(value)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), num(m, 2) * 6 - 5);
            return List.of(first.atDay(1).toString(), first.plusMonths(5).atEndOfMonth().toString());
        }
        if ((m = SEASON.matcher(value)).matches()) {
            // meteorological seasons; winter runs into the next year
            int y = num(m, 1);
            int startMonth = switch (m.group(2)) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
            YearMonth first = YearMonth.of(y, startMonth);
            return List.of(first.atDay(1).toString(), first.plusMonths(2).atEndOfMonth().toString());
        }
        if ((m = DECADE.matcher(value)).matches()) {
            int y = num(m, 1) * 10;
            return List.of(year(y) + "-01-01", year(y + 9) + "-12-31");
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            int y = num(m, 1) * 100;
            return List.of(year(y) + "-01-01", year(y + 99) + "-12-31");
        }
        return null;
    }

    /** How fine a date or time value is; for a duration its unit; null for a _REF or an unknown shape. */
    static Granularity granularity(String type, String value) {
        if (value == null || value.endsWith("_REF")) {
            return null;
        }
        if (value.startsWith("P")) {
            return durationUnit(value);
        }
        if (value.contains("T")) {
            return Granularity.TIME;
        }
        if (shaped(value, "####-##-##", true) || G_DAY.matcher(value).matches()) {
            return Granularity.DAY;
        }
        if (G_WEEKEND.matcher(value).matches()) {
            return Granularity.WEEKEND;
        }
        if (G_WEEK.matcher(value).matches()) {
            return value.length() > 8 ? Granularity.DAY : Granularity.WEEK;
        }
        if (shaped(value, "####-##", true) || G_MONTH.matcher(value).matches()) {
            return Granularity.MONTH;
        }
        return periodGranularity(value);
    }

    private static Granularity durationUnit(String value) {
        String unit = value.substring(durationNumberEnd(value));
        boolean clock = value.startsWith("PT");
        return switch (unit) {
            case "Y" -> Granularity.YEAR;
            case "M" -> clock ? Granularity.MINUTE : Granularity.MONTH;
            case "W" -> Granularity.WEEK;
            case "D" -> Granularity.DAY;
            case "H" -> Granularity.HOUR;
            case "S" -> Granularity.SECOND;
            case "Q" -> Granularity.QUARTER;
            case "WE" -> Granularity.WEEKEND;
            default -> null;
        };
    }

    /** Quarters, halves, seasons, years, decades and centuries. */
    private static Granularity periodGranularity(String value) {
        if (G_QUARTER.matcher(value).matches()) {
            return Granularity.QUARTER;
        }
        if (G_HALF.matcher(value).matches()) {
            return Granularity.HALF;
        }
        if (G_SEASON.matcher(value).matches()) {
            return Granularity.SEASON;
        }
        if (shaped(value, "####", true) || G_YEAR.matcher(value).matches()) {
            return Granularity.YEAR;
        }
        if (DECADE.matcher(value).matches()) {
            return Granularity.DECADE;
        }
        if (CENTURY.matcher(value).matches()) {
            return Granularity.CENTURY;
        }
        return null;
    }

    /** Whether {@code value} has {@code shape}: '#' an ASCII digit (or X when {@code orX}), else that character. */
    private static boolean shaped(String value, String shape, boolean orX) {
        if (value.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = value.charAt(i);
            char want = shape.charAt(i);
            boolean ok = want == '#' ? c >= '0' && c <= '9' || orX && c == 'X' : c == want;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }

    /** Where "P", an optional "T" and the digits, X and dots of a duration's number end (its unit follows). */
    private static int durationNumberEnd(String value) {
        int i = 1;
        if (i < value.length() && value.charAt(i) == 'T') {
            i++;
        }
        while (i < value.length() && (value.charAt(i) >= '0' && value.charAt(i) <= '9' || value.charAt(i) == 'X' || value.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
