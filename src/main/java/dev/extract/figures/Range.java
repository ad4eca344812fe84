package dev.extract.figures;

import java.math.BigDecimal;

record Range(BigDecimal low, BigDecimal high, int last, UnitKind unitKind, String unit, BigDecimal unitFactor,
             Currency currency, boolean yearShaped) {
}
