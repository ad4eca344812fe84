package dev.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the number that starts at a word, if any: numerals with separators, decimals and suffixes ("302,000",
 * "$5bn" after its symbol, "160GB", "15-20", "3.5-inch"), runs of number words ("half a million", "one and a
 * half million", "twenty-five"), numerals with scale words ("4.6 billion"), vague magnitudes ("tens of
 * thousands", "several hundred", "dozens") and multiplier words ("twice", "threefold"). Words that only look
 * like numbers (versions "1.1.1", dates "7/8/07", times "6:40", codes "3G", ordinals "5th") give null.
 */
final class PhraseReader {
    private final Lexicon lex;
    private final NumberNormaliser normaliser;

    PhraseReader(Lexicon lex) {
        this.lex = lex;
        this.normaliser = new NumberNormaliser(lex);
    }

    NumberPhrase read(List<Word> words, int i, boolean money) {
        return read(words, i, money, 0);
    }

    /** The number at word {@code i}, its first {@code skip} characters being a glued currency code ("USD115"). */
    NumberPhrase read(List<Word> words, int i, boolean money, int skip) {
        Word w = words.get(i);
        if (w.url()) {
            return null;
        }
        if (skip > 0 || w.startsWithDigit()) {
            return numeral(words, i, money, skip);
        }
        String lw = w.lower();
        BigDecimal sign = DigitRun.fraction(lex, w.text());
        if (sign != null) {
            return new NumberPhrase(i, i, sign, null, null, BigDecimal.ONE, null, Form.FRACTION, null, false, false);
        }
        BigDecimal times = lex.multiplierWords.get(lw);
        if (times != null) {
            return new NumberPhrase(i, i, times, null, null, BigDecimal.ONE, lex.multiplierCue, Form.MULTIPLIER_WORD, null, false, false);
        }
        String folded = lex.withoutEnding(lw, ContextRole.MULTIPLIER_SUFFIX); // "threefold"
        if (folded != null) {
            BigDecimal v = normaliser.normalise(List.of(folded), false);
            return v == null ? null : new NumberPhrase(i, i, v, null, null, BigDecimal.ONE, lex.multiplierCue, Form.MULTIPLIER_WORD, null, false, false);
        }
        Vague vg = lex.vague.get(lw);
        if (vg != null) {
            return vague(words, i, vg);
        }
        if (lex.is(lw, ContextRole.ARTICLE) && i + 1 < words.size()) {
            String after = words.get(i + 1).lower();
            if (lex.is(after, ContextRole.AFTER_ARTICLE) && lex.vague.containsKey(after)) {
                NumberPhrase p = vague(words, i + 1, lex.vague.get(after));
                return p == null ? null : new NumberPhrase(i, p.last(), null, p.low(), p.high(), p.scale(), null, Form.VAGUE, null, false, false);
            }
            NumberRole next = role(words.get(i + 1).lower());
            if (!(next == NumberRole.SCALE || next == NumberRole.HUNDRED || next == NumberRole.FRACTION)) {
                return null;
            }
        }
        return wordRun(words, i, money);
    }

    private NumberPhrase numeral(List<Word> words, int i, boolean money, int skip) {
        Word w = words.get(i);
        Numeral n = Numeral.parse(skip == 0 ? w.text() : w.text().substring(skip));
        if (n == null) {
            return null;
        }
        DigitRun.Extended run = DigitRun.extend(lex, words, i, n);
        if (run != null) {
            return withScale(words, i, run.last(), run.value(), money);
        }
        String suffix = n.suffix();
        BigDecimal fraction = suffix.startsWith("/") ? DigitRun.fraction(lex, w.text().substring(skip)) : null;
        if (fraction != null) {
            return new NumberPhrase(i, i, fraction, null, null, BigDecimal.ONE, null, Form.FRACTION, null, false, false);
        }
        Currency glued = suffix.isEmpty() ? null : lex.currency(suffix);
        if (glued != null && glued.after() && skip == 0) {
            return new NumberPhrase(i, i, n.value(), null, null, BigDecimal.ONE, null, Form.DIGITS, null, false, false, suffix);
        }
        Glued g = suffix.isEmpty() ? Glued.NONE : glued(n, money);
        if (g == null) {
            return null;
        }
        BigDecimal scale = g.scale();
        int last = i;
        if (scale.equals(BigDecimal.ONE) && g.unitCue() == null && g.compound() == null && i + 1 < words.size()) {
            BigDecimal s = scaleWord(words.get(i + 1), money);
            if (s != null) {
                scale = s;
                last = i + 1;
            }
        }
        BigDecimal value = g.form() == Form.DIGITS ? NumberNormaliser.tidy(n.value().multiply(scale)) : null;
        BigDecimal low = g.low() == null ? null : NumberNormaliser.tidy(g.low().multiply(scale));
        BigDecimal high = g.high() == null ? null : NumberNormaliser.tidy(g.high().multiply(scale));
        boolean years = n.yearShaped() && last == i && (suffix.isEmpty() || g.form() == Form.RANGE && yearShapedEnd(suffix));
        return new NumberPhrase(i, last, value, low, high, scale, g.unitCue(), g.form(), g.compound(), years, false);
    }

    /** "-2020" of "1991-2020": a second end that is a year too, so the pair may be a span of years, not a range. */
    private static boolean yearShapedEnd(String suffix) {
        Numeral end = Numeral.parse(suffix.substring(1));
        return end != null && end.suffix().isEmpty() && end.yearShaped();
    }

    /** What the letters or signs glued to a numeral make of it: a scale, a unit, a range end, a compound noun. */
    private record Glued(BigDecimal scale, String unitCue, String compound, BigDecimal low, BigDecimal high, Form form) {
        static final Glued NONE = new Glued(BigDecimal.ONE, null, null, null, null, Form.DIGITS);

        static Glued unit(String cue) {
            return new Glued(BigDecimal.ONE, cue, null, null, null, Form.DIGITS);
        }
    }

    /** The reading of a numeral's non-empty suffix, or null when it makes the word no number ("3G", "5th"). */
    private Glued glued(Numeral n, boolean money) {
        String suffix = n.suffix();
        char c = suffix.charAt(0);
        Suffix sx = lex.suffixes.get(suffix);
        String lower = suffix.toLowerCase(Locale.ROOT);
        if (sx != null && (!sx.moneyOnly() || money)) {
            return new Glued(sx.multiplier(), null, null, null, null, Form.DIGITS);
        } else if (c == '-' || c == '\u2013') {
            return afterDash(n, suffix.substring(1));
        } else if ((c == 'x' || c == '\u00d7') && suffix.length() > 1 && Character.isDigit(suffix.charAt(1))) {
            return new Glued(BigDecimal.ONE, null, null, null, null, Form.DIMENSIONS);
        } else if (lex.units.containsKey(suffix) && Character.isUpperCase(c)) {
            return Glued.unit(suffix); // "38C": a capital unit the table lists as written
        } else if (Character.isLetter(c) && lex.units.containsKey(lower)
                && (suffix.length() > 1 || Character.isLowerCase(c)) // "3G" is a name, "5g" grams
                && lex.units.get(lower).kind() != UnitKind.ORDINAL_SUFFIX) {
            return Glued.unit(lower);
        }
        return null; // "3G", "7/8/07", "6:40", "1.1.1", "5th", "1960s"
    }

    /** A numeral, a dash and {@code rest}: a range ("15-20"), a unit ("3.5-inch") or a compound ("131-page"). */
    private Glued afterDash(Numeral n, String rest) {
        Numeral end = Numeral.parse(rest);
        if (end != null && end.suffix().isEmpty() && end.value().compareTo(n.value()) < 0) {
            return null; // "2009-10": a season, the dates'; "787-9": a model number; no range falls
        } else if (end != null && end.suffix().isEmpty()) {
            return new Glued(BigDecimal.ONE, null, null, n.value(), end.value(), Form.RANGE);
        } else if (end == null && lex.units.containsKey(rest.toLowerCase(Locale.ROOT).replace('-', ' '))) {
            return Glued.unit(rest.toLowerCase(Locale.ROOT).replace('-', ' ')); // "3.5-inch", "1,200-square-foot"
        } else if (end == null && rest.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-')) {
            return new Glued(BigDecimal.ONE, null, rest, null, null, Form.DIGITS); // "131-page", "41-year-old": the caller decides
        }
        return null;
    }

    /** A number read across words ("302 000", "10 1/2") and the scale word after it, if any ("1 200 million"). */
    private NumberPhrase withScale(List<Word> words, int i, int last, BigDecimal value, boolean money) {
        BigDecimal scale = last + 1 < words.size() ? scaleWord(words.get(last + 1), money) : null;
        int end = scale == null ? last : last + 1;
        BigDecimal v = scale == null ? value : NumberNormaliser.tidy(value.multiply(scale));
        return new NumberPhrase(i, end, v, null, null, scale == null ? BigDecimal.ONE : scale, null, Form.DIGITS, null, false, false);
    }

    private BigDecimal scaleWord(Word w, boolean money) {
        NumberWord nw = lex.numbers.get(w.lower());
        if (nw != null && nw.role() == NumberRole.SCALE && !lex.is(w.lower(), ContextRole.NOT_SCALE_AFTER_DIGITS)) {
            return nw.value();
        }
        Suffix sx = lex.suffixes.get(w.text());
        return sx != null && (!sx.moneyOnly() || money) ? sx.multiplier() : null;
    }

    private NumberPhrase vague(List<Word> words, int i, Vague vg) {
        BigDecimal low = vg.low();
        BigDecimal high = vg.high();
        int last = i;
        // "tens of thousands", "hundreds of millions": the second plural multiplies the first
        if (i + 2 < words.size() && words.get(i + 1).lower().equals("of")) {
            String next = words.get(i + 2).lower();
            String single = lex.withoutEnding(next, ContextRole.PLURAL_ENDING);
            NumberWord scaleWord = single != null ? lex.numbers.get(single) : null;
            if (scaleWord != null && (scaleWord.role() == NumberRole.SCALE || scaleWord.role() == NumberRole.HUNDRED)) {
                low = low.multiply(scaleWord.value());
                high = high.multiply(scaleWord.value());
                last = i + 2;
            }
        }
        if (last == i && i + 1 < words.size()) {
            NumberWord scaleWord = lex.numbers.get(words.get(i + 1).lower());
            if (scaleWord != null && (scaleWord.role() == NumberRole.SCALE || scaleWord.role() == NumberRole.HUNDRED)) {
                low = low.multiply(scaleWord.value());
                high = high.multiply(scaleWord.value());
                last = i + 1;
            }
        }
        if (last == i && !vg.alone()) {
            return null;
        }
        return new NumberPhrase(i, last, null, NumberNormaliser.tidy(low), NumberNormaliser.tidy(high), BigDecimal.ONE,
                null, Form.VAGUE, null, false, false);
    }

    private NumberPhrase wordRun(List<Word> words, int i, boolean money) {
        List<String> parts = new ArrayList<>();
        NumberRole firstRole = role(words.get(i).lower());
        String lw = words.get(i).lower();
        if (firstRole == null && !lex.is(lw, ContextRole.ARTICLE)) {
            return compoundWord(words, i);
        }
        if (!opensRun(words, i, firstRole)) {
            return null;
        }
        int j = i;
        parts.add(words.get(i).text());
        NumberRole prev = firstRole; // null: the run opened with an article ("a million")
        while (j + 1 < words.size()) {
            String next = words.get(j + 1).lower();
            NumberRole r = role(next);
            String after = j + 2 < words.size() ? words.get(j + 2).lower() : "";
            String after2 = j + 3 < words.size() ? words.get(j + 3).lower() : "";
            if (r != null && follows(prev, r)) {
                parts.add(next);
                prev = r;
                j++;
            } else if (next.equals("and") && lex.is(after, ContextRole.ARTICLE) && role(after2) == NumberRole.FRACTION) {
                parts.add("and");
                parts.add(after2); // "one and a half"
                prev = NumberRole.FRACTION;
                j += 3;
            } else if (next.equals("and") && (prev == NumberRole.HUNDRED || prev == NumberRole.SCALE) && isSmall(role(after))) {
                j++; // "two hundred and five"
            } else if (lex.is(next, ContextRole.ARTICLE) && prev == NumberRole.FRACTION && role(after) == NumberRole.SCALE) {
                j++; // "half a million"
            } else if (next.equals("of") && prev == NumberRole.FRACTION && lex.is(after, ContextRole.ARTICLE) && role(after2) == NumberRole.SCALE) {
                j += 2; // "a quarter of a million"
            } else {
                break;
            }
        }
        if (prev == null) {
            return null;
        }
        BigDecimal v = normaliser.normalise(parts, money);
        if (v == null) {
            return null;
        }
        boolean one = j == i && lex.is(lw, ContextRole.BARE_ONE);
        return new NumberPhrase(i, j, v, null, null, BigDecimal.ONE, null, Form.WORDS, null, false, one);
    }

    /** Whether a number word of role {@code firstRole} (null: an article) may open a run of number words. */
    private boolean opensRun(List<Word> words, int i, NumberRole firstRole) {
        String lw = words.get(i).lower();
        boolean scaleNext = i + 1 < words.size() && role(words.get(i + 1).lower()) == NumberRole.SCALE;
        if (firstRole == NumberRole.FRACTION && !lex.is(lw, ContextRole.FRACTION_ALONE)
                && !(lex.is(lw, ContextRole.FRACTION_BEFORE_SCALE) && scaleNext)) {
            return false; // "third", "fifth" alone are ordinals; "quarter million" is an amount
        }
        // "million" alone, "quarters"
        return !(firstRole == NumberRole.SCALE || firstRole == NumberRole.HUNDRED || firstRole == NumberRole.FRACTIONS);
    }

    /** "twenty-five", "fifty-year", "one-third", "3-inch"-like hyphen compounds of number words. */
    private NumberPhrase compoundWord(List<Word> words, int i) {
        String lw = words.get(i).lower();
        int dash = lw.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        String head = lw.substring(0, dash);
        String rest = lw.substring(dash + 1);
        if (role(head) == null) {
            return null;
        }
        String[] restParts = rest.split("-");
        if (restParts.length == 1 && role(rest) != null) {
            BigDecimal v = normaliser.normalise(List.of(lw), false);
            return v == null ? null : new NumberPhrase(i, i, v, null, null, BigDecimal.ONE, null, Form.WORDS, null, false, false);
        }
        if (role(head) == NumberRole.FRACTION) {
            UnitCue unit = lex.units.get(rest);
            if (unit == null || unit.kind().ofTime()) {
                return null; // "half-time", "half-brother": a word, not an amount; "half-hour" is the dates'
            }
            BigDecimal part = normaliser.normalise(List.of(head), false); // "a quarter-point cut", "a half-mile walk"
            return part == null ? null : new NumberPhrase(i, i, part, null, null, BigDecimal.ONE, rest, Form.WORDS, null, false, false);
        }
        BigDecimal v = normaliser.normalise(List.of(head), false);
        if (v == null) {
            return null;
        }
        String unitCue = lex.units.containsKey(rest) ? rest : null;
        return new NumberPhrase(i, i, v, null, null, BigDecimal.ONE, unitCue, Form.WORDS, unitCue == null ? rest : null, false, false);
    }

    private NumberRole role(String lower) {
        NumberWord nw = lex.numbers.get(lower);
        if (nw != null) {
            return nw.role();
        }
        int dash = lower.indexOf('-');
        if (dash > 0 && lex.numbers.containsKey(lower.substring(0, dash)) && lex.numbers.containsKey(lower.substring(dash + 1))) {
            return NumberRole.UNIT; // "twenty-five"
        }
        return null;
    }

    private static boolean isSmall(NumberRole role) {
        return role != null && role.small();
    }

    /** Which number word may follow which ({@code prev} null: an article): "twenty five", "five hundred", "two thirds". */
    private static boolean follows(NumberRole prev, NumberRole next) {
        if (prev == null) {
            return next == NumberRole.SCALE || next == NumberRole.HUNDRED || next == NumberRole.FRACTION;
        }
        return switch (prev) {
            case UNIT, TEEN -> next == NumberRole.HUNDRED || next == NumberRole.SCALE || next == NumberRole.FRACTIONS || next == NumberRole.FRACTION;
            case FRACTIONS, FRACTION -> next == NumberRole.SCALE;
            case TENS -> next == NumberRole.UNIT || next == NumberRole.HUNDRED || next == NumberRole.SCALE;
            case HUNDRED -> isSmall(next) || next == NumberRole.SCALE;
            default -> false;
        };
    }
}
