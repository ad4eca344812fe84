package dev.extract.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * Makes a figure of a number by reading the words around it: the currency before or after, the unit after
 * (percent, times, km), a second number that closes a range ("18 to 30", "between 18 and 27"), a ratio
 * ("one in five"), the qualifier before ("just under"), the age or price cue, and the change direction.
 * Returns null, with the words consumed, for numbers that belong elsewhere: years, days of months, clock
 * times, durations (left to the dates extractor), names ("World War 2"), list numbering.
 */
final class ContextReader {
    private final Lexicon lex;
    private final PhraseReader phrases;
    private final NotAFigure guard;
    private final Score scores;
    private final CurrencyReader money;
    private final Rate rates;
    private final UnitReader units;
    private final RangeReader ranges;

    ContextReader(Lexicon lex) {
        this.lex = lex;
        this.phrases = new PhraseReader(lex);
        this.guard = new NotAFigure(lex);
        this.scores = new Score(lex);
        this.money = new CurrencyReader(lex);
        this.rates = new Rate(lex);
        this.units = new UnitReader(lex);
        this.ranges = new RangeReader(lex, phrases, units, money);
    }

    ReadResult read(SentenceView s, List<Word> words, int i) {
        CurrencyLead lead = money.before(words, i);
        if (lead == null) {
            ReadResult score = scores.read(words, i);
            if (score != null) {
                return score;
            }
        }
        boolean moneyAhead = lead != null || money.after(words, i) > i; // "1.8M dollars"
        NumberPhrase p = phrases.read(words, lead == null ? i : lead.phraseAt(), moneyAhead, lead == null ? 0 : lead.skip());
        if (p == null) {
            return null;
        }
        if (guard.idiom(words, p)) {
            return new ReadResult(null, p.last());
        }
        Reading rd = new Reading(s, words, p, lead == null ? null : lead.currency(), lead == null ? i : lead.first());
        qualify(rd);
        unitAndCurrency(rd);
        if (p.yearShaped() && rd.currency == null && rd.unit.kind() == null && rd.sign < 0
                && guard.isYear(words, rd.first, rd.last, rd.qualifier)) {
            return new ReadResult(null, rd.last); // "from 2009 to 2011" is two years, not a range
        }
        rangeOrChange(rd);
        if (rd.range != null && rd.range.spanOfTime()) {
            return new ReadResult(null, rd.range.last());
        }
        if (rd.range != null && p.yearShaped() && rd.range.yearShaped() && rd.currency == null && rd.unit.kind() == null) {
            return new ReadResult(null, rd.range.last()); // "over 2000 - 2050": a span of years
        }
        if (rd.range != null) {
            takeRange(rd);
        }
        return finish(rd);
    }

    /** The unit or currency around the number: glued, before, after, a scale word after a code, cents after dollars. */
    private void unitAndCurrency(Reading rd) {
        List<Word> words = rd.words;
        NumberPhrase p = rd.p;
        if (rd.currency == null && p.currencyCue() != null) {
            rd.currency = lex.currency(p.currencyCue()); // "115USD", "100元"
        }
        String head = p.compound() == null ? null : p.compound().split("-")[0];
        if (rd.currency == null && head != null && lex.currency(head) != null && lex.currency(head).after() && !lex.units.containsKey(head)) {
            rd.currency = lex.currency(head); // "a one-yen bid", "a 10-dollar bill", "a 12-cent-a-share dividend"
        }
        rd.unit = units.after(words, p.last(), p);
        boolean fractionOfOne = p.value() != null && p.value().compareTo(BigDecimal.ONE) < 0 && p.form() == Form.WORDS;
        if (rd.unit.kind() == UnitKind.CHANGE_POINTS && !fractionOfOne && Change.of(lex, words, rd.cueStart(), rd.unit.last(), null) == null) {
            rd.unit = UnitRead.none(p.last()); // "collected three points": what a count counts, not an index's move
        }
        if (rd.unit.kind() == UnitKind.MULTIPLIER && !guard.multiplies(words, p.last() + 1, rd.unit.last())) {
            rd.unit = UnitRead.none(p.last()); // "raised rates 14 times": occasions, a count
        }
        if (rd.unit.unit() != null && rd.currency == null
                && lex.is(Phrases.join(words, p.last() + 1, rd.unit.last() + 1), ContextRole.CURRENCY_OR_WEIGHT)
                && money.moneyContext(words, rd.first, p, rd.unit.last())) {
            rd.unit = UnitRead.none(p.last()); // "paid 500 pounds": sterling, not a weight
        }
        rd.last = rd.unit.last();
        if (rd.currency == null && p.vague() && Phrases.lower(words, rd.last + 1).equals("of")) {
            int c = money.after(words, rd.last + 1); // "millions of dollars"
            if (c > rd.last + 1) {
                rd.currency = money.cue(words, rd.last + 2, c);
                rd.last = c - 1;
            }
        }
        boolean named = false; // the currency is a word or code after the amount: cents may follow
        if (rd.currency == null && rd.unit.kind() == null) {
            int c = money.after(words, rd.last);
            if (c > rd.last) {
                rd.currency = money.cue(words, rd.last + 1, c);
                named = words.get(rd.last + 1).hasLetter(); // "3 dollars 50 cents", not "5 €, 10 € and 20 €"
                rd.last = c - 1;
            }
        } else if (rd.currency != null) {
            int c = money.after(words, rd.last); // "$249 USD": the code repeats the symbol
            boolean same = c > rd.last && rd.currency.iso().equals(money.cue(words, rd.last + 1, c).iso());
            rd.last = same ? c - 1 : rd.last;
        }
        scaleOrCents(rd, named);
    }

    /** "75 USD million": a scale word after the code; "3 dollars 50 cents", "17 USD 25": cents after the amount. */
    private void scaleOrCents(Reading rd, boolean named) {
        NumberPhrase p = rd.p;
        NumberWord next = lex.numbers.get(Phrases.lower(rd.words, rd.last + 1));
        if (rd.currency != null && rd.value != null && p.scale().equals(BigDecimal.ONE) && next != null && next.role() == NumberRole.SCALE) {
            rd.value = NumberNormaliser.tidy(rd.value.multiply(next.value()));
            rd.last++;
        } else if (named || p.currencyCue() != null) {
            Cents cents = money.cents(rd.words, rd.last, rd.value, phrases);
            if (cents != null && p.scale().equals(BigDecimal.ONE) && rd.currency.minorUnit() == null
                    && rd.currency.factor().equals(BigDecimal.ONE)) {
                rd.value = cents.value();
                rd.last = cents.last();
            }
        }
    }

    /** The minus sign before the figure, "between"/"from" before it, and the qualifier before those. */
    private void qualify(Reading rd) {
        rd.sign = Sign.before(lex, rd.words, rd.first);
        rd.start = rd.sign >= 0 ? rd.sign : rd.first;
        rd.rangeStart = ranges.startBefore(rd.words, rd.start);
        rd.qualifierFrom = Phrases.longestEndingAt(rd.words, rd.afterQualifier(), lex.qualifiers, lex.longestQualifier);
        rd.qualifier = rd.qualifierFrom < 0 ? null : lex.qualifiers.get(Phrases.join(rd.words, rd.qualifierFrom, rd.afterQualifier()));
    }

    /**
     * A range ("18 to 30", "between $12 million and $20 million"), or, after "from", the old value of a change:
     * "fell from 70% to 60%", "rose from 0.90 to 1.23 percent" are two figures unless a range word says
     * otherwise ("ranged from 5% to 7%").
     */
    private void rangeOrChange(Reading rd) {
        List<Word> words = rd.words;
        rd.fromTo = rd.rangeStart >= 0 && words.get(rd.rangeStart).lower().equals("from");
        Range r = ranges.read(words, rd.last, rd.rangeStart >= 0, rd.fromTo,
                RangeReader.sideOf(rd.unit, rd.currency), rd.p, rd.unit);
        if (r != null && r.spanOfTime()) {
            rd.range = r; // "two to three weeks": the dates extractor's, both ends
            return;
        }
        rd.pairAt = rd.fromTo ? Change.target(lex, words, r != null, rd.last) : -1;
        if (rd.pairAt >= 0) {
            rd.pairChange = r != null ? Change.direction(r.low(), r.high()) : null;
            if (r != null && r.low().compareTo(r.high()) < 0 && Change.rangeCue(lex, words, rd.rangeStart)) {
                rd.pairAt = -1; // "ranged from 5% to 7%", "aged from 18 to 30": a range after all
            } else {
                rd.value = r != null ? r.low() : rd.value;
                if (r != null && rd.unit.kind() == null && rd.currency == null) {
                    rd.unit = new UnitRead(r.unitKind(), r.unit(), rd.last, r.unitFactor()); // "0.90" is a percent
                    rd.currency = r.currency();
                }
                r = null;
            }
        }
        rd.range = r;
    }

    private static void takeRange(Reading rd) {
        Range r = rd.range;
        rd.low = r.low();
        rd.high = r.high();
        rd.value = null;
        rd.last = r.last();
        if (rd.unit.kind() == null) {
            rd.unit = new UnitRead(r.unitKind(), r.unit(), rd.last, r.unitFactor());
        }
        rd.form = Form.RANGE;
        rd.currency = rd.currency == null ? r.currency() : rd.currency;
    }

    /** The kind, the guards for numbers that are no figures, the factors and the draft itself. */
    private ReadResult finish(Reading rd) {
        List<Word> words = rd.words;
        NumberPhrase p = rd.p;
        FigureKind kind = kindOf(words, p, rd.unit, rd.currency, rd.cueStart(), rd.last);
        if (kind == null) {
            return new ReadResult(null, rd.last);
        }
        boolean plainCount = kind == FigureKind.COUNT && rd.range == null && rd.sign < 0;
        if (plainCount && rd.value != null && p.value() != null) {
            Draft ratio = ratio(rd.s, words, rd.first, p, rd.qualifier, rd.qualifierFrom);
            if (ratio != null) {
                return new ReadResult(ratio, ratio.lastWord());
            }
        }
        if (plainCount && rd.currency == null && guard.rejects(rd.s, words, rd.first, p, rd.last, rd.qualifier)) {
            return new ReadResult(null, Math.max(rd.last, p.last()));
        }
        if (kind == FigureKind.COUNT && money.isPrice(words, rd.cueStart(), rd.last, rd.value)) {
            kind = FigureKind.MONEY;
        }
        if (kind == FigureKind.COUNT && guard.appositionAge(rd.s, words, rd.first, rd.last, p)) {
            kind = FigureKind.AGE; // "Mensah, 31, has scored"
        }
        applyFactor(rd);
        Draft d = draft(rd, kind);
        if (rd.pairAt >= 0) {
            ReadResult to = read(rd.s, words, rd.pairAt);
            if (to != null && to.draft() != null) {
                Direction dir = rd.pairChange != null ? rd.pairChange : Change.direction(rd.value, to.draft().value());
                return new ReadResult(d.withChange(null), to.draft().asChangeFrom(Draft.OldValue.PREVIOUS, dir), to.lastWord());
            }
        }
        // "half a percentage point" is an amount of the unit, not a rate
        Per per = kind == FigureKind.AGE || kind == FigureKind.RANK || kind == FigureKind.FRACTION ? null : rates.after(rd.s, words, rd.last);
        int last = rd.last;
        if (per != null) {
            d = d.withPer(words.get(per.first()).from(), words.get(per.last()).to(), per.last());
            last = per.last();
        }
        ReadResult withOld = oldValueAfter(rd, d, last);
        return withOld != null ? withOld : new ReadResult(d, last);
    }

    /**
     * "Sales rose to $3 million from $2.9 million", "slipped to 108.40 yen from 108.45": the new value, then after
     * "from" the old one, which borrows the new one's unit when it has none. Null when no old value follows or
     * the two are in different units.
     */
    private ReadResult oldValueAfter(Reading rd, Draft d, int last) {
        int at = Change.oldValueAt(lex, rd.words, rd.cueStart(), last);
        if (at < 0 || d.value() == null) {
            return null;
        }
        ReadResult old = read(rd.s, rd.words, at);
        Draft o = old == null || old.second() != null ? null : old.draft();
        if (o == null || o.value() == null) {
            return null;
        }
        if (o.kind() == FigureKind.COUNT && o.unit() == null && o.currency() == null) {
            if (old.lastWord() + 1 < rd.words.size() && rd.s.tagAt(rd.words.get(old.lastWord() + 1).from()).equals("NOUN")) {
                return null; // "rose to $3 million from 12 stores": the old number counts something else
            }
            o = o.inUnitOf(d);
        } else if (o.kind() != d.kind() || !Objects.equals(o.unit(), d.unit()) || !Objects.equals(o.currency(), d.currency())) {
            return null;
        }
        Direction dir = Change.direction(o.value(), d.value());
        return new ReadResult(d.asChangeFrom(Draft.OldValue.NEXT, dir), o.withChange(null), old.lastWord());
    }

    /** The unit's and currency's factors ("140 basis points", "30 MUSD") and the sign ("-0.3%"). */
    private static void applyFactor(Reading rd) {
        BigDecimal f = rd.unit.factor().multiply(rd.currency == null ? BigDecimal.ONE : rd.currency.factor());
        if (rd.sign >= 0) {
            f = f.negate();
        }
        if (f.compareTo(BigDecimal.ONE) != 0) {
            rd.value = rd.value == null ? null : NumberNormaliser.tidy(rd.value.multiply(f));
            rd.low = rd.low == null ? null : NumberNormaliser.tidy(rd.low.multiply(f));
            rd.high = rd.high == null ? null : NumberNormaliser.tidy(rd.high.multiply(f));
        }
    }

    private Draft draft(Reading rd, FigureKind kind) {
        List<Word> words = rd.words;
        Qualifier qualifier = rd.qualifier;
        int cueFrom = rd.qualifierFrom < 0 ? -1 : words.get(rd.qualifierFrom).from();
        int cueTo = rd.qualifierFrom < 0 ? -1 : words.get(rd.afterQualifier() - 1).to();
        if (qualifier == null && rd.p.vague()) {
            qualifier = Qualifier.APPROXIMATELY; // "tens of thousands" is approximate by itself: the cue is the amount
            cueFrom = words.get(rd.p.first()).from();
            cueTo = words.get(rd.p.last()).to();
        }
        Direction change = Change.of(lex, words, rd.cueStart(), rd.last, rd.fromTo ? rd.range : null);
        String rule = kind.code() + "/" + rd.form.code() + (rd.currency != null ? "+currency" : "") + (qualifier != null ? "+qualifier" : "");
        String unitCode = rd.unit.unit() != null ? rd.unit.unit() : rd.currency != null ? rd.currency.minorUnit()
                : kind == FigureKind.AGE ? compoundUnit(rd.p.compound()) : null;
        return new Draft(words.get(rd.start).from(), words.get(rd.last).to(), rd.last, rd.value, rd.low, rd.high, kind,
                unitCode, rd.currency == null ? null : rd.currency.iso(), qualifier, cueFrom, cueTo, change, rule);
    }

    private FigureKind kindOf(List<Word> words, NumberPhrase p, UnitRead unit, Currency currency, int cueStart, int last) {
        if (currency != null) {
            return FigureKind.MONEY;
        }
        if (unit.kind() != null) {
            switch (unit.kind()) {
                case DURATION -> {
                    boolean old = lex.is(Phrases.lower(words, last + 1), ContextRole.AGE_AFTER) || ageCompound(p.compound());
                    return old ? FigureKind.AGE : null; // a duration is the dates extractor's
                }
                default -> {
                    return unit.kind().figure(); // a clock time is none, an ordinal suffix a rank
                }
            }
        }
        if (p.form() == Form.MULTIPLIER_WORD) {
            return FigureKind.MULTIPLIER;
        }
        if (p.form() == Form.DIMENSIONS) {
            return FigureKind.MEASURE;
        }
        if (p.compound() != null) {
            String c = p.compound();
            if (ageCompound(c)) {
                return FigureKind.AGE;
            }
            String head = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
            UnitCue u = lex.units.get(head);
            if (u != null && u.kind().ofTime()) {
                return null;
            }
        }
        if (isAgeCue(words, cueStart)) {
            return FigureKind.AGE;
        }
        if (p.value() != null && p.value().compareTo(BigDecimal.ONE) < 0 && p.value().signum() > 0
                && (p.form() == Form.WORDS || p.form() == Form.FRACTION)) {
            return FigureKind.FRACTION;
        }
        return FigureKind.COUNT;
    }

    /** The unit of an age written as a compound: "mo" for "a 10-month-old", null for "a 41-year-old". */
    private String compoundUnit(String compound) {
        int dash = compound == null ? -1 : compound.indexOf('-');
        UnitCue u = dash < 0 ? null : lex.units.get(compound.substring(0, dash));
        return u != null && u.kind() == UnitKind.DURATION ? u.unit() : null;
    }

    /** "year-old", "41-year-old": a compound whose last part makes an age. */
    private boolean ageCompound(String compound) {
        int dash = compound == null ? -1 : compound.lastIndexOf('-');
        return dash >= 0 && lex.is(compound.substring(dash + 1), ContextRole.AGE_AFTER);
    }

    private boolean isAgeCue(List<Word> words, int before) {
        String w1 = Phrases.lower(words, before - 1);
        String w2 = Phrases.lower(words, before - 2) + " " + w1;
        return lex.is(w1, ContextRole.AGE_BEFORE) || lex.is(w2, ContextRole.AGE_BEFORE);
    }

    /** "one in five", "1 in 10": a ratio, value the quotient. */
    private Draft ratio(SentenceView s, List<Word> words, int first, NumberPhrase p, Qualifier qualifier, int qualifierFrom) {
        int k = p.last() + 1;
        if (!Phrases.lower(words, k).equals("in") || k + 1 >= words.size()) {
            return null;
        }
        NumberPhrase q = phrases.read(words, k + 1, false);
        if (q == null || q.value() == null || q.value().signum() == 0 || q.yearShaped()) {
            return null;
        }
        BigDecimal v = NumberNormaliser.tidy(p.value().divide(q.value(), new MathContext(6)));
        int qTo = qualifierFrom < 0 ? -1 : words.get(first - 1).to();
        return new Draft(words.get(first).from(), words.get(q.last()).to(), q.last(), v, null, null, FigureKind.RATIO, null, null,
                qualifier, qualifierFrom < 0 ? -1 : words.get(qualifierFrom).from(), qTo, null, "ratio/words");
    }
}
