package dev.extract.figures;

import java.math.BigDecimal;

/**
 * The two ends of a range read after its first number. A pair whose second end is a duration or a clock time
 * ("five to six years", "from 9 to 5 pm") is a {@link #spanOfTime} and belongs to the dates extractor whole:
 * neither end is a figure.
 */
record Range(BigDecimal low, BigDecimal high, int last, UnitKind unitKind, String unit, BigDecimal unitFactor,
             Currency currency, boolean yearShaped, boolean spanOfTime) {

    static Range ofTime(int last) {
        return new Range(null, null, last, null, null, null, null, false, true);
    }
}
