package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A vote tally or a score ("passed 7-4", "a 3-1 win", "drew 2-2", "trailing 0 – 2") is two counts, one for each
 * side, never a range: a range never falls (low > high) and a tally cue ("won", "beat", "voted", "a … win")
 * says the pair is two results, as do names on both sides ("Tunisia 1 – 2 England"). Both ends must be plain whole numbers of at most three digits with nothing
 * after them that gives a unit ("15-20%" stays a range); a year-shaped end ("2009-10") is the dates'.
 * Cue words are data: context roles {@code tallyBefore} (within three words before) and {@code tallyAfter}.
 */
final class Tally {
    private static final int REACH = 3;
    private final Lexicon lex;

    Tally(Lexicon lex) {
        this.lex = lex;
    }

    /** The two counts of a tally starting at word {@code i}, or null when the words there are no tally. */
    ContextReader.Result read(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.startsWithDigit() || w.url()) {
            return null;
        }
        Numeral a = Numeral.parse(w.text());
        if (a == null || !small(a)) {
            return null;
        }
        int secondFrom;
        int secondTo;
        int last;
        Numeral b;
        String suffix = a.suffix();
        if (suffix.length() > 1 && (suffix.charAt(0) == '-' || suffix.charAt(0) == '\u2013')) {
            b = Numeral.parse(suffix.substring(1));
            secondTo = w.to();
            secondFrom = secondTo - suffix.length() + 1;
            last = i;
        } else if (suffix.isEmpty() && i + 2 < words.size() && isDash(words.get(i + 1).text())
                && words.get(i + 2).startsWithDigit()) {
            b = Numeral.parse(words.get(i + 2).text());
            secondFrom = words.get(i + 2).from();
            secondTo = words.get(i + 2).to();
            last = i + 2;
        } else {
            return null;
        }
        if (b == null || !small(b) || !b.suffix().isEmpty()) {
            return null;
        }
        String next = Phrases.lower(words, last + 1);
        if (lex.units.containsKey(next) || lex.currency(next) != null) {
            return null; // "15-20%", "5-6 km": a range of an amount
        }
        String before = Phrases.lower(words, i - 1);
        boolean falls = a.value().compareTo(b.value()) >= 0;
        boolean opened = lex.is(before, "rangeStart"); // "between 3-5", "from 10-5": the range rules decide
        boolean betweenNames = i > 0 && words.get(i - 1).hasUpper() && last + 1 < words.size()
                && words.get(last + 1).hasUpper() && words.get(last + 1).hasLetter(); // "Tunisia 1 – 2 England"
        if (opened || !(falls || betweenNames || cueBefore(words, i) || lex.is(next, "tallyAfter"))) {
            return null;
        }
        int firstTo = w.from() + w.text().length() - suffix.length();
        Draft one = draft(w.from(), firstTo, last, a.value());
        Draft two = draft(secondFrom, secondTo, last, b.value());
        return new ContextReader.Result(one, two, last);
    }

    private boolean cueBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - REACH; k--) {
            if (lex.is(words.get(k).lower(), "tallyBefore")) {
                return true;
            }
        }
        return false;
    }

    private static boolean small(Numeral n) {
        return !n.grouped() && n.value().scale() <= 0 && n.integerDigits() <= 3;
    }

    private static boolean isDash(String t) {
        return t.equals("-") || t.equals("\u2013") || t.equals("\u2014");
    }

    private static Draft draft(int from, int to, int last, BigDecimal value) {
        return new Draft(from, to, last, value, null, null, "count", null, null, null, -1, -1, null, "count/tally");
    }
}
