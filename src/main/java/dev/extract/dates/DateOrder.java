package dev.extract.dates;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;

/** How an all-number date whose two numbers could both be the month is read: a setting of the region. */
enum DateOrder implements Coded {
    /** "04/01/2024" is April 1 (American). */
    MONTH_FIRST("mdy"),
    /** "04/01/2024" is 4 January (British). */
    DAY_FIRST("dmy");

    private static final String SETTING = "numeric-order";
    private final String code;

    DateOrder(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The order {@code dates/locale.tsv} of {@code pack} sets: its last row wins, so an overlay overrides. */
    static DateOrder of(LanguagePack pack) {
        DateOrder order = null;
        for (Row row : pack.rows("dates/locale.tsv")) {
            if (row.cell(0).equals(SETTING)) {
                order = row.coded(1, values());
            }
        }
        if (order == null) {
            throw new IllegalStateException("dates/locale.tsv of " + pack.tag() + " sets no " + SETTING);
        }
        return order;
    }
}
