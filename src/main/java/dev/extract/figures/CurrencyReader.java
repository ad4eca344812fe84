package dev.extract.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Finds the currency of an amount: a sign or code before it ("$5", "US $5", "hk $ 10", "USD115", "Rs 500"), a
 * word, code or sign after it ("5 dollars", "115USD", "15 €"), and reads the cents that may follow ("3 dollars 50
 * cents", "13 dollars and forty-five cents", "17 USD 25."). "pounds" is money only in a money context.
 */
final class CurrencyReader {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Lexicon lex;

    CurrencyReader(Lexicon lex) {
        this.lex = lex;
    }

    CurrencyLead before(List<Word> words, int i) {
        Word w = words.get(i);
        Currency symbol = lex.currency(w);
        if (symbol != null && symbol.before() && i + 1 < words.size() && words.get(i + 1).startsWithDigit()) {
            if (i > 0 && isCountryPrefix(words.get(i - 1), w)) {
                Currency joined = lex.currency(words.get(i - 1).text() + w.text()); // "Mex$"
                joined = joined != null ? joined : lex.currency(words.get(i - 1).text().toUpperCase(Locale.ROOT) + w.text());
                return new CurrencyLead(joined != null ? joined : symbol, i - 1, i + 1, 0);
            }
            return new CurrencyLead(symbol, i, i + 1, 0);
        }
        int digit = firstDigit(w.text());
        if (digit > 0 && digit <= 4) {
            Currency code = lex.currency(w.text().substring(0, digit));
            if (code != null && code.before() && !w.url()) {
                return new CurrencyLead(code, i, i, digit); // "USD115", "Rs500"
            }
        }
        return null;
    }

    /**
     * "US $5", "GB £20", and in lower-cased text "hk $ 10", "c $ 16": not the words "a", "an", "i" or the "s" of a
     * split possessive ("music' s $ 500 million").
     */
    private boolean isCountryPrefix(Word prefix, Word symbol) {
        String t = prefix.text();
        boolean letters = t.length() >= 1 && t.length() <= 3 && t.chars().allMatch(Character::isLetter);
        boolean upper = t.chars().allMatch(Character::isUpperCase);
        boolean notAWord = !lex.is(t, ContextRole.NOT_COUNTRY_PREFIX);
        return letters && symbol.from() - prefix.to() <= 1 && (upper || notAWord
                && (lex.currency(t.toUpperCase(Locale.ROOT) + symbol.text()) != null || lex.currency(t + symbol.text()) != null));
    }

    private static int firstDigit(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (Character.isDigit(t.charAt(k))) {
                return k;
            }
            if (!Character.isLetter(t.charAt(k)) && t.charAt(k) != '$') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * End (exclusive) of a currency word, code or sign after word {@code last} ("yuan", "US dollars", "USD",
     * "€"), or -1. A sign after an amount is its currency only when no number follows the sign ("10 $ 30").
     */
    int after(List<Word> words, int last) {
        if (last + 1 < words.size() && !mayStart(words.get(last + 1))) {
            return -1; // no cue of any length starts here: one look-up, not one per length
        }
        for (int n = Math.min(lex.longestCurrency, words.size() - last - 1); n >= 1; n--) {
            Currency c = cue(words, last + 1, last + 1 + n);
            if (c != null) {
                boolean sign = !words.get(last + 1).hasLetter();
                boolean numberNext = last + 1 + n < words.size() && words.get(last + 1 + n).startsWithDigit();
                return c.after() && !(sign && numberNext) ? last + 1 + n : -1;
            }
        }
        return -1;
    }

    /** The currency words {@code from..to-1} name, codes as written ("USD"), words in any case ("Dollars"). */
    Currency cue(List<Word> words, int from, int to) {
        if (from < to && !mayStart(words.get(from))) {
            return null; // no cue starts with this word: skip building the joined text
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(words.get(k).text());
        }
        return lex.currency(sb.toString());
    }

    /** False when no currency cue starts with {@code first} (a word holding a space may be a whole cue). */
    private boolean mayStart(Word first) {
        return first.text().indexOf(' ') >= 0 || lex.mayStartCurrency(first);
    }

    /**
     * True when "pounds" after an amount is money, not a weight: a scale word ("5 million pounds"), "sterling"
     * after it, or a money word (cost, paid, worth, fine…) in the five words before it.
     */
    boolean moneyContext(List<Word> words, int first, NumberPhrase p, int unitLast) {
        if (p.scale().compareTo(BigDecimal.ONE) > 0 || lex.is(Phrases.lower(words, unitLast + 1), ContextRole.MONEY_AFTER)) {
            return true;
        }
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            if (lex.is(words.get(k).lower(), ContextRole.MONEY_CUE)) {
                return true;
            }
        }
        return false;
    }

    Cents cents(List<Word> words, int last, BigDecimal whole, PhraseReader phrases) {
        if (whole == null || whole.scale() > 0 || last + 1 >= words.size()) {
            return null;
        }
        int at = Phrases.lower(words, last + 1).equals("and") ? last + 2 : last + 1;
        if (at >= words.size()) {
            return null;
        }
        NumberPhrase q = phrases.read(words, at, false);
        if (q == null || q.value() == null || q.form() == Form.VAGUE || q.value().scale() > 0
                || q.value().signum() <= 0 || q.value().compareTo(HUNDRED) >= 0) {
            return null;
        }
        int end = q.last();
        Currency sub = end + 1 < words.size() ? cue(words, end + 1, end + 2) : null;
        if (sub != null && sub.minorUnit() != null) {
            end++; // "50 cents"
        } else {
            String next = Phrases.lower(words, end + 1);
            if (!(next.isEmpty() || lex.is(next, ContextRole.CENTS_END) || !Character.isLetterOrDigit(next.charAt(0)) && !next.equals("%"))) {
                return null; // "15 dollars and 50 people": the second number counts something else
            }
        }
        BigDecimal v = whole.add(q.value().divide(HUNDRED, MathContext.DECIMAL64));
        return new Cents(NumberNormaliser.tidy(v), end);
    }

    /**
     * A bare amount of millions after "at", "worth", "for" with no noun after it ("at 200 million per aircraft"),
     * or beside a noun of money ("a deficit of 1.6 billion", "a 2.0 billion deficit").
     */
    boolean isPrice(List<Word> words, int cueStart, int last, BigDecimal value) {
        if (value == null || value.compareTo(MILLION) < 0) {
            return false;
        }
        String before = Phrases.lower(words, cueStart - 1);
        String before2 = Phrases.lower(words, cueStart - 2) + " " + before;
        String next = Phrases.lower(words, last + 1);
        if (lex.is(next, ContextRole.MONEY_NOUN)) {
            return true; // "a 2.0 billion deficit"
        }
        boolean ofMoney = before.equals("of") && lex.is(Phrases.lower(words, cueStart - 2), ContextRole.MONEY_NOUN);
        if (!ofMoney && !lex.is(before, ContextRole.PRICE_CUE) && !lex.is(before2, ContextRole.PRICE_CUE)) {
            return false;
        }
        return next.isEmpty() || lex.is(next, ContextRole.PRICE_END) || !Character.isLetterOrDigit(next.charAt(0));
    }
}
