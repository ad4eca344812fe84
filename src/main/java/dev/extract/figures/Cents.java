package dev.extract.figures;

import java.math.BigDecimal;

/** Cents after a whole amount in a currency named after it: the new value and last word, or null. */
record Cents(BigDecimal value, int last) {
}
