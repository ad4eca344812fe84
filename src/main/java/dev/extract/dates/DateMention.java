package dev.extract.dates;

import java.util.List;

/**
 * A time expression (TimeML TIMEX3).
 *
 * @param id          {@code d1}, {@code d2}, … in text order
 * @param start       code-point offset of the first character
 * @param end         code-point offset after the last character
 * @param sentence    0-based index of the sentence that holds it
 * @param type        DATE, TIME, DURATION or SET
 * @param value       TIMEX3 value: 2024-01-04, 2023-07, P1Y, PAST_REF, XXXX-07 …
 * @param mod         TIMEX3 mod (START, END, APPROX, EQUAL_OR_MORE …) or null
 * @param relation    the word before the span that relates it ("since", "until", "from") or null
 * @param range       first and last calendar day covered, ISO dates, or null when not a calendar point
 * @param granularity day, week, month, quarter, year, decade, century, time, or null
 * @param rule        name of the rule that matched, for tracing
 */
public record DateMention(
        String id, String text, int start, int end, int sentence,
        String type, String value,
        String mod,
        String relation,
        List<String> range,
        String granularity,
        String rule) {
}
