package dev.extract.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of a publication time as sources write it: ISO dates and date-times with or
 * without an offset ({@code 2019-11-19T14:03:00-05:00} is 19 November: the date as written, in the writer's
 * time zone), compact {@code 20191119} and GDELT's {@code 20191119T140300Z}, RFC 1123
 * ({@code Tue, 19 Nov 2019 14:03:00 GMT}), Unix time in seconds or milliseconds (in UTC).
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:$|[T ]\\d.*)");
    /** Unix time in seconds (10 digits) or milliseconds (13), as feeds export it: read in UTC. */
    private static final Pattern EPOCH = Pattern.compile("1\\d{9}|1\\d{12}");
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:$|T?\\d{4,6}.*)");

    private Dates() {
    }

    /** The calendar date, or null when the value is no date this reads. */
    public static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (!m.matches()) {
            m = COMPACT.matcher(v);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant at = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return at.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
