package dev.extract.figures;

import java.math.BigDecimal;

/**
 * A figure found in one sentence, before ids and code-point offsets are given: UTF-16 range, the words it
 * took ({@code lastWord} lets the scan continue after it) and every field of {@link Figure}.
 */
record Draft(int from, int to, int lastWord, BigDecimal value, BigDecimal low, BigDecimal high, String kind,
             String unit, String currency, String qualifier, int qualifierFrom, int qualifierTo,
             String change, String rule) {

    Draft withChange(String direction) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                direction, rule);
    }
}
