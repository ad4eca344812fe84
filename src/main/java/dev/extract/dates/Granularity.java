package dev.extract.dates;

import dev.extract.lang.Coded;

/** How fine a date value is (a calendar period, a clock time) or, for a duration, its unit: the output's codes. */
enum Granularity implements Coded {
    SECOND("second"), MINUTE("minute"), HOUR("hour"), TIME("time"), DAY("day"), WEEKEND("weekend"), WEEK("week"),
    MONTH("month"), QUARTER("quarter"), HALF("half"), SEASON("season"), YEAR("year"), DECADE("decade"),
    CENTURY("century");

    private final String code;

    Granularity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The code, or null for no granularity. */
    static String codeOf(Granularity g) {
        return g == null ? null : g.code();
    }
}
