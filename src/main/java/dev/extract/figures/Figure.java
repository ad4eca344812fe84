package dev.extract.figures;

import dev.extract.text.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * A number the article states.
 *
 * @param id        {@code f1}, {@code f2}, … in text order
 * @param value     the number in the unit as written (90% gives 90), or null for a vague amount, a range or a score
 * @param low       lower bound for ranges and vague amounts, else null
 * @param high      upper bound for ranges and vague amounts, else null
 * @param kind      count, money, percent, percentagePoints, multiplier, fraction, ratio, age, measure, rank, score
 * @param unit      canonical code of a measure's unit ("km", "°C", "barrel"), else null
 * @param currency  ISO 4217 code for money, when known
 * @param qualifier approximately, moreThan, atLeast, lessThan, atMost, upTo, justUnder, justOver, exactly
 * @param qualifierCue the words that gave the qualifier ("just under")
 * @param counts    the noun phrase the number quantifies, when found
 * @param per       for a rate, the phrase it is per ("a barrel", "per share", "per 100,000 residents")
 * @param change    "up" or "down" when the sentence says the amount rose or fell ("rose 5%", "from 5% to 7%")
 * @param changeFrom for the new value of "from A to B", the id of the figure A
 * @param score     for a score, its sides as written and the tie-break
 * @param rule      name of the rule that matched, for tracing
 */
public record Figure(
        String id, String text, int start, int end, int sentence,
        BigDecimal value, BigDecimal low, BigDecimal high,
        String kind,
        String unit,
        String currency,
        String qualifier,
        String qualifierCue,
        Span counts,
        Span per,
        String change,
        String changeFrom,
        ScoreSides score,
        String rule) {

    /** The two sides of a score in the order written ("7-6 (5)" gives 7, 6) and the tie-break, or null. */
    public record ScoreSides(List<BigDecimal> sides, BigDecimal tiebreak) {
    }

    /** A figure that is no rate, change target or score. */
    public Figure(String id, String text, int start, int end, int sentence, BigDecimal value, BigDecimal low,
                  BigDecimal high, String kind, String unit, String currency, String qualifier, String qualifierCue,
                  Span counts, String change, String rule) {
        this(id, text, start, end, sentence, value, low, high, kind, unit, currency, qualifier, qualifierCue, counts,
                null, change, null, null, rule);
    }
}
