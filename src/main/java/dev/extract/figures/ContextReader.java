package dev.extract.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Makes a figure of a number by reading the words around it: the currency before or after, the unit after
 * (percent, times, km), a second number that closes a range ("18 to 30", "between 18 and 27"), a ratio
 * ("one in five"), the qualifier before ("just under"), the age or price cue, and the change direction.
 * Returns null, with the words consumed, for numbers that belong elsewhere: years, days of months, clock
 * times, durations (left to the dates extractor), names ("World War 2"), list numbering.
 */
final class ContextReader {
    /** One-letter units that may stand apart from the number: "100 m", "5 g", "2 l", "40 t". */
    private static final java.util.Set<String> STANDALONE_LETTERS = java.util.Set.of("m", "g", "l", "t");
    private final Lexicon lex;
    private final PhraseReader phrases;
    private final NotAFigure guard;
    private final Score scores;
    private final CurrencyReader money;
    private final Rate rates;

    ContextReader(Lexicon lex) {
        this.lex = lex;
        this.phrases = new PhraseReader(lex);
        this.guard = new NotAFigure(lex);
        this.scores = new Score(lex);
        this.money = new CurrencyReader(lex);
        this.rates = new Rate(lex);
    }

    /**
     * Outcome of reading at a word: a draft, or none, and the last word consumed either way; {@code second}
     * holds the other figure when one reading makes two ("fell from 70% to 60%": the old and the new value).
     */
    record Result(Draft draft, Draft second, int lastWord) {
        Result(Draft draft, int lastWord) {
            this(draft, null, lastWord);
        }
    }

    Result read(SentenceView s, List<Word> words, int i) {
        CurrencyReader.Lead lead = money.before(words, i);
        Lexicon.Currency currency = lead == null ? null : lead.currency();
        int first = lead == null ? i : lead.first();
        int phraseAt = lead == null ? i : lead.phraseAt();
        if (currency == null) {
            Result score = scores.read(words, i);
            if (score != null) {
                return score;
            }
        }
        boolean moneyAhead = currency != null || money.after(words, i) > i; // "1.8M dollars"
        NumberPhrase p = phrases.read(words, phraseAt, moneyAhead, lead == null ? 0 : lead.skip());
        if (p == null) {
            return null;
        }
        if (guard.idiom(words, p)) {
            return new Result(null, p.last());
        }
        if (currency == null && p.currencyCue() != null) {
            currency = lex.currency(p.currencyCue()); // "115USD", "100元"
        }
        if (currency == null && p.compound() != null && !p.compound().contains("-") && lex.currency(p.compound()) != null
                && lex.currency(p.compound()).after() && !lex.units.containsKey(p.compound())) {
            currency = lex.currency(p.compound()); // "a one-yen bid", "a 10-dollar bill"
        }
        int last = p.last();
        Unit unit = unitAfter(words, last, p);
        if (unit.kind != null && unit.kind.equals("multiplier") && !guard.multiplies(words, p.last() + 1, unit.last)) {
            unit = new Unit(null, null, p.last(), BigDecimal.ONE); // "raised rates 14 times": occasions, a count
        }
        if (unit.unit != null && currency == null && lex.is(Phrases.join(words, p.last() + 1, unit.last + 1), "currencyOrWeight")
                && money.moneyContext(words, first, p, unit.last)) {
            unit = new Unit(null, null, p.last(), BigDecimal.ONE); // "paid 500 pounds": sterling, not a weight
        }
        last = unit.last;
        BigDecimal value = p.value();
        if (currency == null && p.vague() && Phrases.lower(words, last + 1).equals("of")) {
            int c = money.after(words, last + 1); // "millions of dollars"
            if (c > last + 1) {
                currency = money.cue(words, last + 2, c);
                last = c - 1;
            }
        }
        boolean named = false; // the currency is a word or code after the amount: cents may follow
        if (currency == null && unit.kind == null) {
            int c = money.after(words, last);
            if (c > last) {
                currency = money.cue(words, last + 1, c);
                named = words.get(last + 1).hasLetter(); // "3 dollars 50 cents", not "5 €, 10 € and 20 €"
                last = c - 1;
            }
        } else if (currency != null) {
            int c = money.after(words, last); // "$249 USD": the code repeats the symbol
            boolean same = c > last && currency.iso().equals(money.cue(words, last + 1, c).iso());
            last = same ? c - 1 : last;
        }
        if (currency != null && value != null && p.scale().equals(BigDecimal.ONE) && lex.numbers.containsKey(Phrases.lower(words, last + 1))
                && lex.numbers.get(Phrases.lower(words, last + 1)).role().equals("scale")) {
            value = NumberNormaliser.tidy(value.multiply(lex.numbers.get(Phrases.lower(words, last + 1)).value())); // "75 USD million"
            last++;
        } else if (named || p.currencyCue() != null) {
            CurrencyReader.Cents cents = money.cents(words, last, value, phrases);
            if (cents != null && p.scale().equals(BigDecimal.ONE) && currency.minorUnit() == null
                    && currency.factor().equals(BigDecimal.ONE)) {
                value = cents.value(); // "3 dollars 50 cents", "17 USD 25"
                last = cents.last();
            }
        }
        BigDecimal low = p.low();
        BigDecimal high = p.high();
        String form = p.form();
        int sign = Sign.before(lex, words, first);
        int start = sign >= 0 ? sign : first;
        int rangeStart = rangeStartBefore(words, start);
        int qualifierFrom = Phrases.longestEndingAt(words, rangeStart >= 0 ? rangeStart : start, lex.qualifiers, lex.longestQualifier);
        String qualifier = qualifierFrom < 0 ? null
                : lex.qualifiers.get(Phrases.join(words, qualifierFrom, rangeStart >= 0 ? rangeStart : start));
        if (p.yearShaped() && currency == null && unit.kind == null && sign < 0 && guard.isYear(words, first, last, qualifier)) {
            return new Result(null, last); // "from 2009 to 2011" is two years, not a range
        }
        // a range: "18 to 30", "18-30", "$12 million and $20 million" after "between"
        boolean fromTo = rangeStart >= 0 && words.get(rangeStart).lower().equals("from");
        Range r = range(words, last, rangeStart >= 0, fromTo, sideOf(unit, currency), p, unit);
        // "fell from 70% to 60%", "rose from 0.90 to 1.23 percent": an old and a new value, not a range
        int pairAt = fromTo ? Change.target(lex, words, r != null, last) : -1;
        String pairChange = null;
        if (pairAt >= 0) {
            pairChange = r != null ? Change.direction(r.low, r.high) : null;
            if (r != null && r.low.compareTo(r.high) < 0 && Change.rangeCue(lex, words, rangeStart)) {
                pairAt = -1; // "ranged from 5% to 7%", "aged from 18 to 30": a range after all
            } else {
                value = r != null ? r.low : value;
                if (r != null && unit.kind == null && currency == null) {
                    unit = new Unit(r.unitKind, r.unit, last, r.unitFactor); // "from 0.90 to 1.23 percent"
                    currency = r.currency;
                }
                r = null;
            }
        }
        if (r != null && p.yearShaped() && r.yearShaped() && currency == null && unit.kind == null) {
            return new Result(null, r.last); // "over 2000 - 2050": a span of years
        }
        if (r != null) {
            low = r.low;
            high = r.high;
            value = null;
            last = r.last;
            if (unit.kind == null) {
                unit = new Unit(r.unitKind, r.unit, last, r.unitFactor);
            }
            form = "range";
            currency = currency == null ? r.currency : currency;
        }
        int cueStart = qualifierFrom >= 0 ? qualifierFrom : rangeStart >= 0 ? rangeStart : start;

        String kind = kindOf(words, p, unit, currency, cueStart, last);
        if (kind == null) {
            return new Result(null, last);
        }
        if (r == null && kind.equals("count") && value != null && p.value() != null && sign < 0) {
            Draft ratio = ratio(s, words, first, p, qualifier, qualifierFrom);
            if (ratio != null) {
                return new Result(ratio, ratio.lastWord());
            }
        }
        if (kind.equals("count") && r == null && currency == null && sign < 0 && guard.rejects(s, words, first, p, last, qualifier)) {
            return new Result(null, Math.max(last, p.last()));
        }
        if (kind.equals("count") && money.isPrice(words, cueStart, last, value)) {
            kind = "money";
        }
        int cueFrom = qualifierFrom < 0 ? -1 : words.get(qualifierFrom).from();
        int cueTo = qualifierFrom < 0 ? -1 : words.get((rangeStart >= 0 ? rangeStart : start) - 1).to();
        if (qualifier == null && p.vague()) {
            qualifier = "approximately"; // "tens of thousands" is approximate by itself: the cue is the amount
            cueFrom = words.get(p.first()).from();
            cueTo = words.get(p.last()).to();
        }
        BigDecimal f = unit.factor.multiply(currency == null ? BigDecimal.ONE : currency.factor());
        if (sign >= 0) {
            f = f.negate(); // "-0.3%", "minus 12 degrees"
        }
        if (f.compareTo(BigDecimal.ONE) != 0) {
            value = value == null ? null : NumberNormaliser.tidy(value.multiply(f)); // "140 basis points", "30 MUSD"
            low = low == null ? null : NumberNormaliser.tidy(low.multiply(f));
            high = high == null ? null : NumberNormaliser.tidy(high.multiply(f));
        }
        if (kind.equals("count") && guard.appositionAge(s, words, first, last, p)) {
            kind = "age"; // "Mensah, 31, has scored"
        }
        String change = Change.of(lex, words, cueStart, last, fromTo ? r : null);
        String rule = kind + "/" + form + (currency != null ? "+currency" : "") + (qualifier != null ? "+qualifier" : "");
        String unitCode = unit.unit != null ? unit.unit : currency != null ? currency.minorUnit() : null;
        Draft d = new Draft(words.get(start).from(), words.get(last).to(), last, value, low, high, kind, unitCode,
                currency == null ? null : currency.iso(), qualifier, cueFrom, cueTo, change, rule);
        if (pairAt >= 0) {
            Result to = read(s, words, pairAt);
            if (to != null && to.draft() != null) {
                String dir = pairChange != null ? pairChange : Change.direction(value, to.draft().value());
                return new Result(d.withChange(null), to.draft().asChangeFromPrevious(dir), to.lastWord());
            }
        }
        Rate.Per per = kind.equals("age") || kind.equals("rank") ? null : rates.after(s, words, last);
        if (per != null) {
            d = d.withPer(words.get(per.first()).from(), words.get(per.last()).to(), per.last());
            return new Result(d, per.last());
        }
        return new Result(d, last);
    }

    private String kindOf(List<Word> words, NumberPhrase p, Unit unit, Lexicon.Currency currency, int cueStart, int last) {
        if (currency != null) {
            return "money";
        }
        if (unit.kind != null) {
            switch (unit.kind) {
                case "duration" -> {
                    boolean old = Phrases.lower(words, last + 1).equals("old") || (p.compound() != null && p.compound().endsWith("-old"));
                    return old ? "age" : null; // a duration is the dates extractor's
                }
                case "time" -> {
                    return null;
                }
                case "ordinalSuffix" -> {
                    return "rank";
                }
                default -> {
                    return unit.kind;
                }
            }
        }
        if (p.form().equals("multiplierWord")) {
            return "multiplier";
        }
        if (p.form().equals("dimensions")) {
            return "measure";
        }
        if (p.compound() != null) {
            String c = p.compound();
            if (c.endsWith("-old")) {
                return "age";
            }
            String head = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
            Lexicon.Unit u = lex.units.get(head);
            if (u != null && (u.kind().equals("duration") || u.kind().equals("time"))) {
                return null;
            }
        }
        if (isAgeCue(words, cueStart)) {
            return "age";
        }
        if (p.value() != null && p.value().compareTo(BigDecimal.ONE) < 0 && p.value().signum() > 0
                && (p.form().equals("words") || p.form().equals("fraction"))) {
            return "fraction";
        }
        return "count";
    }

    private boolean isAgeCue(List<Word> words, int before) {
        String w1 = Phrases.lower(words, before - 1);
        String w2 = Phrases.lower(words, before - 2) + " " + w1;
        return lex.is(w1, "ageBefore") || lex.is(w2, "ageBefore");
    }

    /** What follows the number: a unit, percent sign, "times", a duration word… */
    record Unit(String kind, String unit, int last, BigDecimal factor) {
        Unit(String kind, String unit, int last) {
            this(kind, unit, last, BigDecimal.ONE);
        }
    }

    private Unit unitAfter(List<Word> words, int last, NumberPhrase p) {
        if (p.unitCue() != null) {
            Lexicon.Unit u = lex.units.get(p.unitCue());
            if (u != null) {
                return new Unit(u.kind(), u.unit(), last, u.factor());
            }
        }
        int end = Phrases.longestStartingAt(words, last + 1, lex.units, lex.longestUnit);
        if (end < 0 && Phrases.lower(words, last + 1).equals("]") && last + 2 < words.size()) {
            int e = Phrases.longestStartingAt(words, last + 2, lex.units, lex.longestUnit);
            if (e > 0 && lex.units.get(Phrases.join(words, last + 2, e)).kind().equals("duration")) {
                return new Unit("duration", null, e - 1); // "[Ten] years ago": an editor's bracket inside a duration
            }
        }
        if (end < 0 && lex.is(Phrases.lower(words, last + 1), "durationModifier")) {
            int e2 = Phrases.longestStartingAt(words, last + 2, lex.units, lex.longestUnit);
            if (e2 > 0 && lex.units.get(Phrases.join(words, last + 2, e2)).kind().equals("duration")) {
                return new Unit("duration", null, e2 - 1); // "twenty working days", "five more years"
            }
        }
        if (end > 0) {
            Lexicon.Unit u = lex.units.get(Phrases.join(words, last + 1, end));
            boolean attached = words.get(last + 1).from() == words.get(last).to();
            // "m" and "x" count only when written against the number ("500m", "3x")
            boolean symbol = !words.get(last + 1).hasLetter() && !u.kind().equals("percent");
            if (symbol && insideQuote(words, p.first())) {
                return new Unit(null, null, last); // '“… 251”' closes a quotation, it is no inch mark
            }
            boolean loneLetter = words.get(last + 1).text().length() == 1 && !attached && !STANDALONE_LETTERS.contains(words.get(last + 1).text());
            if (u.kind().equals("measure") && (loneLetter || symbol && !p.form().equals("digits"))) {
                return new Unit(null, null, last);
            }
            return new Unit(u.kind(), u.unit(), end - 1, u.factor());
        }
        return new Unit(null, null, last);
    }

    /** True when an opening quotation mark stands before word {@code at} in the words in view. */
    private static boolean insideQuote(List<Word> words, int at) {
        for (int k = at - 1; k >= 0; k--) {
            String t = words.get(k).text();
            if (t.equals("\u201c") || t.equals("\"")) {
                return true;
            }
        }
        return false;
    }

    private int rangeStartBefore(List<Word> words, int first) {
        int k = first - 1;
        if (k >= 0 && lex.is(words.get(k).lower(), "rangeStart")) {
            return k;
        }
        return -1;
    }

    record Range(BigDecimal low, BigDecimal high, int last, String unitKind, String unit, BigDecimal unitFactor,
                 Lexicon.Currency currency, boolean yearShaped) {
    }

    /** What a number is in, for comparing the ends of a range: its currency, its unit, or null when neither. */
    private static String sideOf(Unit unit, Lexicon.Currency currency) {
        return currency != null ? currency.iso() : unit.kind == null ? null : unit.kind + "/" + unit.unit;
    }

    private Range range(List<Word> words, int last, boolean opened, boolean fromTo, String side, NumberPhrase p, Unit unit) {
        boolean isMoney = side != null && !side.contains("/");
        if (p.value() == null || last + 2 >= words.size()) {
            return null;
        }
        String joiner = words.get(last + 1).lower();
        boolean joins = lex.is(joiner, "rangeTo") || (opened && joiner.equals("and"));
        if (!joins) {
            return null;
        }
        int at = last + 2;
        Lexicon.Currency sym = lex.currency(words.get(at).text());
        if (sym != null && sym.before() && at + 1 < words.size()) {
            at++;
        }
        NumberPhrase q = phrases.read(words, at, isMoney);
        if (q == null || q.value() == null || q.bareOne() && !opened) {
            return null;
        }
        Unit u2 = unitAfter(words, q.last(), q);
        boolean old = Phrases.lower(words, u2.last + 1).equals("old");
        if (u2.kind != null && (u2.kind.equals("duration") && !old || u2.kind.equals("time")) && unit.kind == null) {
            return null; // "from 9 to 5 pm", "5 to 10 years": dates; "40 - 50 years old" is an age
        }
        int end = u2.last;
        int c = money.after(words, end);
        Lexicon.Currency after = c > end ? money.cue(words, end + 1, c) : null;
        end = c > end ? c - 1 : end;
        Lexicon.Currency qCurrency = sym != null && sym.before() && at > last + 2 ? sym : after;
        String qSide = sideOf(u2, qCurrency);
        if (side != null && qSide != null && !side.equals(qSide)) {
            return null; // "rose 68% to $12.8 billion": a change and a new level, not a range
        }
        BigDecimal low = p.value();
        if (!fromTo && low.compareTo(q.value()) >= 0 && p.scale().compareTo(q.scale()) >= 0) {
            return null; // "won 2 – 1", "ended 0 – 0": a score, not a range (only "from 70% to 60%" may fall)
        }
        if (p.scale().equals(BigDecimal.ONE) && q.scale().compareTo(BigDecimal.ONE) > 0 && low.compareTo(q.value()) < 0
                && low.multiply(q.scale()).compareTo(q.value()) <= 0) {
            low = NumberNormaliser.tidy(low.multiply(q.scale())); // "2 to 3 million"
        }
        return new Range(low, q.value(), end, u2.kind, u2.unit, u2.factor, after, q.yearShaped());
    }

    /** "one in five", "1 in 10": a ratio, value the quotient. */
    private Draft ratio(SentenceView s, List<Word> words, int first, NumberPhrase p, String qualifier, int qualifierFrom) {
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
        return new Draft(words.get(first).from(), words.get(q.last()).to(), q.last(), v, null, null, "ratio", null, null,
                qualifier, qualifierFrom < 0 ? -1 : words.get(qualifierFrom).from(), qTo, null, "ratio/words");
    }
}
