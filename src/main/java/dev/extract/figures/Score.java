package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score or a vote tally ("passed 7-4", "a 3-1 win", "beat the Thunder 112-107", "drew 2-2", "trailing 0 – 2",
 * "won 6-4, 7-6 (5)") is one figure of kind {@code score} holding both sides as written and, for a tennis set,
 * the tie-break in brackets ("(5)", or "(7-5)" read as 5). Never a range: a range never falls (low > high), and a score cue says a rising
 * pair is two results: a cue word within five words before ({@code tallyBefore}: won, beat, voted…), a noun
 * after it ({@code tallyAfter}: win, vote…), names on both sides ("Tunisia 1 – 2 England") or a score just
 * before it ("6-4, 3-6"). Both sides are plain whole numbers of at most three digits with no unit after them
 * ("15-20%" stays a range). A falling pair whose sides differ in length by two digits or more ("787-9") is a
 * model number, not a result, unless a cue says otherwise.
 */
final class Score {
    private static final int REACH = 5;
    private final Lexicon lex;

    Score(Lexicon lex) {
        this.lex = lex;
    }

    /** The two sides of a score at word {@code i}: first side's numeral, second side's, and the last word. */
    private record Sides(Numeral a, Numeral b, int last) {
    }

    /** The score starting at word {@code i}, or null when the words there are no score. */
    ReadResult read(List<Word> words, int i) {
        Sides sides = sides(words, i);
        if (sides == null) {
            return null;
        }
        Numeral a = sides.a();
        Numeral b = sides.b();
        int last = sides.last();
        String next = Phrases.lower(words, last + 1);
        if (lex.units.containsKey(next) || lex.currency(next) != null) {
            return null; // "15-20%", "5-6 km": a range of an amount
        }
        String before = Phrases.lower(words, i - 1);
        if (lex.is(before, ContextRole.RANGE_START)) {
            return null; // "between 3-5", "from 10-5": the range rules decide
        }
        // a falling pair is a result ("2-1", "112-107"), but not sides of very different length ("787-9")
        boolean falls = a.value().compareTo(b.value()) >= 0 && Math.abs(a.integerDigits() - b.integerDigits()) <= 1;
        boolean betweenNames = i > 0 && words.get(i - 1).hasUpper() && last + 1 < words.size()
                && words.get(last + 1).hasUpper() && words.get(last + 1).hasLetter(); // "Tunisia 1 – 2 England"
        boolean cue = cueBefore(words, i) || lex.is(next, ContextRole.TALLY_AFTER) || afterScore(words, i);
        if (!(cue || falls || betweenNames)) {
            return null;
        }
        int end = last;
        BigDecimal tiebreak = null;
        if (Phrases.lower(words, last + 1).equals("(") && Phrases.lower(words, last + 3).equals(")")
                && words.get(last + 2).startsWithDigit() && words.get(last + 1).from() - words.get(last).to() <= 1) {
            tiebreak = tiebreak(words.get(last + 2).text());
            end = tiebreak != null ? last + 3 : end;
        }
        Draft d = new Draft(words.get(i).from(), words.get(end).to(), end, null, null, null, FigureKind.SCORE, null, null, null,
                -1, -1, null, tiebreak == null ? "score/sides" : "score/sides+tiebreak")
                .withScore(List.of(a.value(), b.value()), tiebreak);
        return new ReadResult(d, end);
    }

    /** "5" in "7-6 (5)", or the loser's points in "7-6 (7-5)": the tie-break as tennis reports it; else null. */
    private static BigDecimal tiebreak(String t) {
        Numeral n = Numeral.parse(t);
        if (n == null || n.integerDigits() > 2 || n.value().scale() > 0) {
            return null;
        }
        if (n.suffix().isEmpty()) {
            return n.value();
        }
        Numeral m = n.suffix().charAt(0) == '-' ? Numeral.parse(n.suffix().substring(1)) : null;
        return m == null || !m.suffix().isEmpty() || m.integerDigits() > 2 ? null : n.value().min(m.value());
    }

    private Sides sides(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.startsWithDigit() || w.url()) {
            return null;
        }
        Numeral a = Numeral.parse(w.text());
        if (a == null || !small(a)) {
            return null;
        }
        String suffix = a.suffix();
        if (suffix.length() > 1 && (suffix.charAt(0) == '-' || suffix.charAt(0) == '\u2013')) {
            Numeral b = Numeral.parse(suffix.substring(1));
            return b == null || !small(b) || !b.suffix().isEmpty() ? null : new Sides(a, b, i);
        }
        if (suffix.isEmpty() && i + 2 < words.size() && isDash(words.get(i + 1).text()) && words.get(i + 2).startsWithDigit()) {
            Numeral b = Numeral.parse(words.get(i + 2).text());
            return b == null || !small(b) || !b.suffix().isEmpty() ? null : new Sides(a, b, i + 2);
        }
        return null;
    }

    private boolean cueBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - REACH; k--) {
            if (lex.is(words.get(k).lower(), ContextRole.TALLY_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /** True when a score ends right before word {@code i}: "6-4, 7-6 (5), 6-3", "6-4 6-3". */
    private boolean afterScore(List<Word> words, int i) {
        int k = i - 1;
        if (k >= 0 && (words.get(k).text().equals(",") || words.get(k).text().equals(";"))) {
            k--;
        }
        if (k >= 3 && words.get(k).text().equals(")") && words.get(k - 2).text().equals("(")) {
            k -= 3; // a tie-break
        }
        if (k < 0) {
            return false;
        }
        Sides prev = sides(words, k);
        if (prev == null && k >= 2) {
            prev = sides(words, k - 2); // "6 – 4, 3 – 6"
        }
        return prev != null && prev.last() == k;
    }

    private static boolean small(Numeral n) {
        return !n.grouped() && n.value().scale() <= 0 && n.integerDigits() <= 3;
    }

    private static boolean isDash(String t) {
        return t.equals("-") || t.equals("\u2013") || t.equals("\u2014");
    }
}
