package dev.extract.dates;

import dev.extract.lang.Coded;

/** The resolvers a row of {@code patterns.tsv} may name (its third column): what reads a match into a value. */
enum Resolver implements Coded {
    ABSOLUTE("absolute"), NUMERIC("numeric"), MONTH("month"), WEEKDAY("weekday"), HOLIDAY("holiday"), YEAR("year"),
    DECADE("decade"), CENTURY("century"), QUARTER("quarter"), FOCUS("focus"), VIEW_DAY("view-day"),
    VIEW_PART("view-part"), VIEW_YEAR_END("view-year-end"), VIEW_UNIT("view-unit"), SPOKEN_YEAR("spoken-year"),
    HALF("half"), SEASON("season"), DEICTIC("deictic"), RELATIVE("relative"), AGO("ago"), DURATION("duration"),
    SET("set"), TIME("time");

    private final String code;

    Resolver(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The resolvers of dates that "earlier", "later", "sometime" may open: "earlier this year", "later that day". */
    boolean takesLead() {
        return this == RELATIVE || this == DEICTIC || this == WEEKDAY;
    }
}
