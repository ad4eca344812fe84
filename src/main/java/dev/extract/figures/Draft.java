package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure found in one sentence, before ids and code-point offsets are given: UTF-16 range, the words it
 * took ({@code lastWord} lets the scan continue after it) and every field of {@link Figure}. {@code sides} and
 * {@code tiebreak} are a score's; {@code perFrom}/{@code perTo} the UTF-16 range of a rate's "per" phrase (-1
 * when none); {@code oldValue} says, for the new value of a change, whether its old value is the draft before it
 * ("from A to B") or after it ("to B from A").
 */
record Draft(int from, int to, int lastWord, BigDecimal value, BigDecimal low, BigDecimal high, FigureKind kind,
             String unit, String currency, Qualifier qualifier, int qualifierFrom, int qualifierTo,
             Direction change, String rule, List<BigDecimal> sides, BigDecimal tiebreak, int perFrom, int perTo,
             OldValue oldValue) {

    Draft(int from, int to, int lastWord, BigDecimal value, BigDecimal low, BigDecimal high, FigureKind kind,
          String unit, String currency, Qualifier qualifier, int qualifierFrom, int qualifierTo, Direction change, String rule) {
        this(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo, change,
                rule, null, null, -1, -1, OldValue.NONE);
    }

    Draft withChange(Direction direction) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                direction, rule, sides, tiebreak, perFrom, perTo, oldValue);
    }

    /** The new value of a change, named against the old value's draft: the one before it or the one after. */
    Draft asChangeFrom(OldValue where, Direction direction) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                direction, rule, sides, tiebreak, perFrom, perTo, where);
    }

    /** The old value of "to B from A" written without B's unit or currency ("slipped to 108.40 yen from 108.45"). */
    Draft inUnitOf(Draft other) {
        return new Draft(from, to, lastWord, value, low, high, other.kind, other.unit, other.currency, qualifier, qualifierFrom,
                qualifierTo, change, rule, sides, tiebreak, perFrom, perTo, oldValue);
    }

    /** Where the old value of a change stands among the drafts of the sentence. */
    enum OldValue { NONE, PREVIOUS, NEXT }

    Draft withScore(List<BigDecimal> scoreSides, BigDecimal scoreTiebreak) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                change, rule, scoreSides, scoreTiebreak, perFrom, perTo, oldValue);
    }

    Draft withPer(int pFrom, int pTo, int last) {
        return new Draft(from, to, last, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                change, rule, sides, tiebreak, pFrom, pTo, oldValue);
    }
}
