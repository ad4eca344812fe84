package dev.extract.figures;

import java.math.BigDecimal;

/** A number word: its value and its role in the grammar (unit, teen, tens, hundred, scale, fraction, fractions). */
record NumberWord(BigDecimal value, NumberRole role) {
}
