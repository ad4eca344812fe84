package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure found in one sentence, before ids and code-point offsets are given: UTF-16 range, the words it
 * took ({@code lastWord} lets the scan continue after it) and every field of {@link Figure}. {@code sides} and
 * {@code tiebreak} are a score's; {@code perFrom}/{@code perTo} the UTF-16 range of a rate's "per" phrase (-1
 * when none); {@code fromPrevious} marks the new value of a change whose old value is the draft before it.
 */
record Draft(int from, int to, int lastWord, BigDecimal value, BigDecimal low, BigDecimal high, FigureKind kind,
             String unit, String currency, Qualifier qualifier, int qualifierFrom, int qualifierTo,
             Direction change, String rule, List<BigDecimal> sides, BigDecimal tiebreak, int perFrom, int perTo,
             boolean fromPrevious) {

    Draft(int from, int to, int lastWord, BigDecimal value, BigDecimal low, BigDecimal high, FigureKind kind,
          String unit, String currency, Qualifier qualifier, int qualifierFrom, int qualifierTo, Direction change, String rule) {
        this(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo, change,
                rule, null, null, -1, -1, false);
    }

    Draft withChange(Direction direction) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                direction, rule, sides, tiebreak, perFrom, perTo, fromPrevious);
    }

    /** The new value of "from A to B": its change, named against the draft before it (A). */
    Draft asChangeFromPrevious(Direction direction) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                direction, rule, sides, tiebreak, perFrom, perTo, true);
    }

    Draft withScore(List<BigDecimal> scoreSides, BigDecimal scoreTiebreak) {
        return new Draft(from, to, lastWord, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                change, rule, scoreSides, scoreTiebreak, perFrom, perTo, fromPrevious);
    }

    Draft withPer(int pFrom, int pTo, int last) {
        return new Draft(from, to, last, value, low, high, kind, unit, currency, qualifier, qualifierFrom, qualifierTo,
                change, rule, sides, tiebreak, pFrom, pTo, fromPrevious);
    }
}
