package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The state of one reading of a figure while {@link ContextReader} fills it in, step by step: the number, its
 * unit and currency, the words it spans, its sign and qualifier, its range or change. Lives for one call.
 */
final class Reading {
    final SentenceView s;
    final List<Word> words;
    final NumberPhrase p;
    /** The first word of the number with its currency sign, and of the figure with its minus sign. */
    final int first;
    int start;
    int last;
    Currency currency;
    UnitRead unit;
    BigDecimal value;
    BigDecimal low;
    BigDecimal high;
    Form form;
    int sign = -1;
    int rangeStart = -1;
    int qualifierFrom = -1;
    Qualifier qualifier;
    Range range;
    boolean fromTo;
    /** Where the new value of "from A to B" starts, or -1; the direction of the change when the pair says it. */
    int pairAt = -1;
    Direction pairChange;

    Reading(SentenceView s, List<Word> words, NumberPhrase p, Currency currency, int first) {
        this.s = s;
        this.words = words;
        this.p = p;
        this.currency = currency;
        this.first = first;
        this.start = first;
        this.last = p.last();
        this.value = p.value();
        this.low = p.low();
        this.high = p.high();
        this.form = p.form();
    }

    /** The first word of the figure's cue: the qualifier, else "between"/"from", else the figure itself. */
    int cueStart() {
        return qualifierFrom >= 0 ? qualifierFrom : rangeStart >= 0 ? rangeStart : start;
    }

    /** The word right after the qualifier: "between"/"from" when one opens a range, else the figure's first. */
    int afterQualifier() {
        return rangeStart >= 0 ? rangeStart : start;
    }
}
