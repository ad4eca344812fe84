package dev.extract.figures;

import java.math.BigDecimal;

/**
 * A unit cue: the kind of figure it makes, the unit's canonical name (null when none) and the factor that
 * turns a number in it into the kind's own unit (0.01 for basis points to percentage points, else 1).
 */
record UnitCue(UnitKind kind, String unit, BigDecimal factor) {
}
