package dev.extract.dates;

import dev.extract.text.Token;

/**
 * Sets: times that recur ("every week", "each July", "Tuesday nights", "annually", "twice a month"), as TIMEX3
 * SET with the period's value. Not an adjective that describes what is paid or measured ("quarterly
 * dividend"), not a rate's unit ("miles per hour").
 */
final class SetResolver {
    private final Lexicon words;
    private final RelativeResolver relative;

    SetResolver(Lexicon words, RelativeResolver relative) {
        this.words = words;
        this.relative = relative;
    }

    Timex set(Context c) {
        Token next = c.nextToken();
        if (c.group("adjective") != null) {
            if (CalendarResolver.inName(c)) {
                return null; // "LA Weekly"
            }
            if (next != null && (words.has(WordKind.ATTRIBUTENOUN, next.text()) || c.last() + 2 < c.tokens().size()
                    && words.has(WordKind.ATTRIBUTENOUN, c.tokens().get(c.last() + 2).text()))) {
                return null; // "quarterly dividend", "annual percentage rate": what is paid or measured
            }
            return new Timex("SET", words.value(WordKind.SETADJECTIVE, c.group("adjective")), null);
        }
        Token prev = c.previousToken();
        if (c.group("every") != null && next != null && next.tag().equals("NOUN") && prev != null
                && (prev.tag().equals("PRON") || prev.tag().equals("DET") || prev.lower().endsWith("'s") || prev.lower().endsWith("’s"))) {
            return null; // "people's every day lives": "everyday", an adjective
        }
        if (prev != null && words.has(WordKind.RATEMEASURE, prev.lower())) {
            return null; // "miles per hour", "instructions per second": a unit of speed or throughput
        }
        if (c.group("weekday") != null) {
            if (!Character.isUpperCase(c.group("weekday").charAt(0))) {
                return null;
            }
            String parts = c.group("partsofday"); // "Tuesday nights": the part of each such day
            String part = parts == null ? "" : "T" + words.value(WordKind.PARTOFDAY, parts.substring(0, parts.length() - 1));
            return new Timex("SET", "XXXX-WXX-" + words.value(WordKind.WEEKDAY, c.group("weekday")) + part, null);
        }
        if (c.group("season") != null) {
            return new Timex("SET", "XXXX-" + words.value(WordKind.SEASON, c.group("season")), null);
        }
        String month = c.group("month");
        if (month != null) { // "each July": that month of every year; an abbreviation or lower case is no month here
            return Character.isUpperCase(month.charAt(0)) && words.has(WordKind.FULLMONTH, Lexicon.normalise(month))
                    ? new Timex("SET", "XXXX-" + Periods.padded(Integer.parseInt(words.value(WordKind.MONTH, month)), 2), null)
                    : null;
        }
        Timex d = relative.duration(c.group("num") == null ? "1" : c.group("num"), false, words.value(WordKind.UNIT, c.group("unit")));
        return d == null ? null : d.withType("SET");
    }
}
