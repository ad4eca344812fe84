package dev.extract.dates;

import java.time.LocalDate;

/**
 * Expressions a financial report reads against the quarter it is about, its focus: "the latest quarter", "the
 * quarter" (that quarter), "the year-ago period", "year-earlier" (the same quarter a year before), "the 1988
 * period" (that quarter of 1988). Without a quarter named earlier in the article, "the quarter" is refused and
 * "year-earlier" is the year before the anchor's.
 */
final class FocusResolver {
    /**
     * The focus while a block is first matched, before its sentences are read in order: an answer under it is
     * tentative, and is worked out again with the focus the sentence really has.
     */
    static final String PENDING = "XXXX-QX";
    private final Lexicon words;

    FocusResolver(Lexicon words) {
        this.words = words;
    }

    Timex focus(Context c) {
        String focus = c.focus();
        if (PENDING.equals(focus)) {
            return date(PENDING);
        }
        String year = c.group("year");
        String ordinal = c.group("ordinal");
        if (c.group("yearago") != null || c.group("yearago2") != null) { // "year-ago", "last year's quarter"
            return yearAgo(c, focus, ordinal);
        }
        if (year != null) { // "the 1988 period": the focus quarter, in that year
            return focus == null ? null : date(year + focus.substring(4));
        }
        String latest = c.group("latest");
        if (latest != null && words.has(WordKind.FOCUSNOW, latest)) {
            return c.anchor() == null ? date("XXXX-QX") : date(Periods.quarter(c.anchor())); // the quarter running now
        }
        return focus == null ? null : date(focus);
    }

    private Timex yearAgo(Context c, String focus, String ordinal) {
        if (focus != null) {
            int y = Integer.parseInt(focus.substring(0, 4)) - 1;
            String q = ordinal != null ? quarterOf(ordinal) : focus.substring(6);
            return q == null ? null : date(Periods.padded(y, 4) + "-Q" + q);
        }
        LocalDate anchor = c.anchor();
        if (anchor == null) {
            return date("XXXX");
        }
        String q = ordinal != null ? quarterOf(ordinal) : null;
        String y = Periods.year(anchor.getYear() - 1);
        return date(q == null ? y : y + "-Q" + q);
    }

    private String quarterOf(String ordinal) {
        int n = Integer.parseInt(words.value(WordKind.ORDINAL, ordinal));
        return n >= 1 && n <= 4 ? String.valueOf(n) : null;
    }

    /** A year earlier than the focus quarter: "a year ago" in a report on the third quarter is last year's. */
    static String yearBefore(String focus) {
        if (!Periods.isQuarter(focus)) {
            return focus;
        }
        return Periods.padded(Integer.parseInt(focus.substring(0, 4)) - 1, 4) + focus.substring(4);
    }

    private static Timex date(String value) {
        return new Timex("DATE", value, null);
    }
}
