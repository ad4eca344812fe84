package dev.extract.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.extract.text.Span;
import java.math.BigDecimal;

/**
 * A number the article states.
 *
 * @param id        {@code f1}, {@code f2}, … in text order
 * @param value     the number in the unit as written (90% gives 90), or null for a vague amount or a range
 * @param low       lower bound for ranges and vague amounts, else null
 * @param high      upper bound for ranges and vague amounts, else null
 * @param kind      count, money, percent, percentagePoints, multiplier, fraction, ratio, age, measure, rank
 * @param unit      unit of a measure ("km", "barrel"), else null
 * @param currency  ISO 4217 code for money, when known
 * @param qualifier approximately, moreThan, atLeast, lessThan, atMost, upTo, justUnder, justOver, exactly
 * @param qualifierCue the words that gave the qualifier ("just under")
 * @param counts    the noun phrase the number quantifies, when found
 * @param change    "up" or "down" when the sentence says the amount rose or fell ("rose 5%", "from 5% to 7%")
 * @param rule      name of the rule that matched, for tracing
 */
public record Figure(
        String id, String text, int start, int end, int sentence,
        BigDecimal value, BigDecimal low, BigDecimal high,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
        @JsonInclude(JsonInclude.Include.NON_NULL) String currency,
        @JsonInclude(JsonInclude.Include.NON_NULL) String qualifier,
        @JsonInclude(JsonInclude.Include.NON_NULL) String qualifierCue,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span counts,
        @JsonInclude(JsonInclude.Include.NON_NULL) String change,
        String rule) {
}
