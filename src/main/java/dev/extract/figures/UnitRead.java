package dev.extract.figures;

import java.math.BigDecimal;

/** What follows the number: a unit, percent sign, "times", a duration word… */
record UnitRead(UnitKind kind, String unit, int last, BigDecimal factor) {
    UnitRead(UnitKind kind, String unit, int last) {
        this(kind, unit, last, BigDecimal.ONE);
    }

    /** No unit: the number ends at word {@code last}. */
    static UnitRead none(int last) {
        return new UnitRead(null, null, last, BigDecimal.ONE);
    }
}
