package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The second end of a range after a number: "18 to 30", "18 - 30", "$12 million and $20 million" after
 * "between", "2 to 3 million" (the first end borrows the scale). Both ends are in one unit or currency ("rose
 * 68% to $12.8 billion" is no range), a range never falls unless "from" opened it (a falling pair is a score
 * or an old and a new value), and a duration or clock time after the second end leaves the pair to dates.
 */
final class RangeReader {
    private final Lexicon lex;
    private final PhraseReader phrases;
    private final UnitReader units;
    private final CurrencyReader money;

    RangeReader(Lexicon lex, PhraseReader phrases, UnitReader units, CurrencyReader money) {
        this.lex = lex;
        this.phrases = phrases;
        this.units = units;
        this.money = money;
    }

    /** Index of "between" or "from" right before word {@code first}, or -1. */
    int startBefore(List<Word> words, int first) {
        int k = first - 1;
        if (k >= 0 && lex.is(words.get(k).lower(), ContextRole.RANGE_START)) {
            return k;
        }
        return -1;
    }

    /** What a number is in, for comparing the ends of a range: its currency, its unit, or null when neither. */
    static String sideOf(UnitRead unit, Currency currency) {
        return currency != null ? currency.iso() : unit.kind() == null ? null : unit.kind().code() + "/" + unit.unit();
    }

    Range read(List<Word> words, int last, boolean opened, boolean fromTo, String side, NumberPhrase p, UnitRead unit) {
        boolean isMoney = side != null && !side.contains("/");
        if (p.value() == null || last + 2 >= words.size()) {
            return null;
        }
        String joiner = words.get(last + 1).lower();
        boolean joins = lex.is(joiner, ContextRole.RANGE_TO) || (opened && joiner.equals("and"));
        if (!joins) {
            return null;
        }
        int at = last + 2;
        Currency sym = lex.currency(words.get(at).text());
        if (sym != null && sym.before() && at + 1 < words.size()) {
            at++;
        }
        NumberPhrase q = phrases.read(words, at, isMoney);
        if (q == null || q.value() == null || q.bareOne() && !opened) {
            return null;
        }
        UnitRead u2 = units.after(words, q.last(), q);
        boolean old = lex.is(Phrases.lower(words, u2.last() + 1), ContextRole.AGE_AFTER);
        if (u2.kind() != null && (u2.kind() == UnitKind.DURATION && !old || u2.kind() == UnitKind.TIME) && unit.kind() == null) {
            return Range.ofTime(u2.last()); // "from 9 to 5 pm", "5 to 10 years": dates; "40 - 50 years old" is an age
        }
        if (unit.kind() == UnitKind.CHANGE_POINTS && u2.kind() != UnitKind.CHANGE_POINTS) {
            return null; // "fell 8.8 points to 60.0": the move of an index and its new level
        }
        int end = u2.last();
        int c = money.after(words, end);
        Currency after = c > end ? money.cue(words, end + 1, c) : null;
        end = c > end ? c - 1 : end;
        Currency qCurrency = sym != null && sym.before() && at > last + 2 ? sym : after;
        String qSide = sideOf(u2, qCurrency);
        if (side != null && qSide != null && !side.equals(qSide)) {
            return null; // "rose 68% to $12.8 billion": a change and a new level, not a range
        }
        if (side != null && qSide == null && unit.kind() != null) {
            return null; // "lost 0.5% to 5,948.2": the move and the index's new level; a range repeats no unit on its end
        }
        BigDecimal low = p.value();
        if (!fromTo && low.compareTo(q.value()) >= 0 && p.scale().compareTo(q.scale()) >= 0) {
            return null; // "won 2 – 1", "ended 0 – 0": a score, not a range (only "from 70% to 60%" may fall)
        }
        if (p.scale().equals(BigDecimal.ONE) && q.scale().compareTo(BigDecimal.ONE) > 0 && low.compareTo(q.value()) < 0
                && low.multiply(q.scale()).compareTo(q.value()) <= 0) {
            low = NumberNormaliser.tidy(low.multiply(q.scale())); // "2 to 3 million"
        }
        return new Range(low, q.value(), end, u2.kind(), u2.unit(), u2.factor(), after, q.yearShaped(), false);
    }
}
