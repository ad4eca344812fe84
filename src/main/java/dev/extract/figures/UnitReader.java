package dev.extract.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads what follows a number and says what kind of figure it makes: a unit of {@code units.tsv} ("km",
 * "degrees Fahrenheit", "miles an hour"), a percent sign, "times", a duration word. The longest cue wins; a
 * one-letter unit counts only written against the number ("500m") unless it is m, g, l or t ("100 m"); a
 * closing quotation mark is no inch sign.
 */
final class UnitReader {
    /** Brackets a table may write a unit in, each opening at the index of its closing one. */
    private static final String OPENING = "([{<";
    private static final String CLOSING = ")]}>";
    private final Lexicon lex;

    UnitReader(Lexicon lex) {
        this.lex = lex;
    }

    UnitRead after(List<Word> words, int last, NumberPhrase p) {
        if (p.unitCue() != null) {
            UnitCue u = lex.units.get(p.unitCue());
            if (u != null) {
                return new UnitRead(u.kind(), u.unit(), last, u.factor());
            }
        }
        int end = Phrases.longestStartingAt(words, last + 1, lex.units, lex.longestUnit);
        if (end < 0 && Phrases.lower(words, last + 1).equals("]") && last + 2 < words.size()) {
            int e = Phrases.longestStartingAt(words, last + 2, lex.units, lex.longestUnit);
            if (e > 0 && lex.units.get(Phrases.join(words, last + 2, e)).kind() == UnitKind.DURATION) {
                return new UnitRead(UnitKind.DURATION, null, e - 1); // "[Ten] years ago": an editor's bracket inside a duration
            }
        }
        if (end < 0 && lex.is(Phrases.lower(words, last + 1), ContextRole.DURATION_MODIFIER)) {
            int e2 = Phrases.longestStartingAt(words, last + 2, lex.units, lex.longestUnit);
            if (e2 > 0 && lex.units.get(Phrases.join(words, last + 2, e2)).kind() == UnitKind.DURATION) {
                return new UnitRead(UnitKind.DURATION, null, e2 - 1); // "twenty working days", "five more years"
            }
        }
        if (end < 0) {
            UnitRead fraction = afterArticle(words, last, p);
            if (fraction != null) {
                return fraction;
            }
            UnitRead other = bracketed(words, last);
            return other != null ? other : secondPart(words, p.first(), last);
        }
        if (end > 0) {
            UnitCue u = lex.units.get(Phrases.join(words, last + 1, end));
            boolean attached = words.get(last + 1).from() == words.get(last).to();
            // "m" and "x" count only when written against the number ("500m", "3x")
            boolean symbol = !words.get(last + 1).hasLetter() && u.kind() != UnitKind.PERCENT;
            if (symbol && insideQuote(words, p.first())) {
                return new UnitRead(null, null, last); // '“… 251”' closes a quotation, it is no inch mark
            }
            // a one-character cue alone and apart is ambiguous; as the first word of a longer cue ("38 °C") it is not
            boolean loneLetter = end == last + 2 && words.get(last + 1).text().length() == 1 && !attached && !lex.is(words.get(last + 1).text(), ContextRole.STANDALONE_UNIT);
            if (u.kind() == UnitKind.MEASURE && (loneLetter || symbol && p.form() != Form.DIGITS)) {
                return new UnitRead(null, null, last);
            }
            return new UnitRead(u.kind(), u.unit(), end - 1, u.factor());
        }
        return new UnitRead(null, null, last);
    }

    /**
     * A fraction of one unit: "half a percentage point", "a quarter of a percentage point", "half a mile". Not
     * of a time unit ("half an hour" is a duration) or of a count ("half a million" is read as one number).
     */
    private UnitRead afterArticle(List<Word> words, int last, NumberPhrase p) {
        if (p.form() != Form.WORDS || p.value() == null || p.value().compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        int at = last + 1;
        if (Phrases.lower(words, at).equals("of")) {
            at++;
        }
        if (!lex.is(Phrases.lower(words, at), ContextRole.ARTICLE)) {
            return null;
        }
        int e = Phrases.longestStartingAt(words, at + 1, lex.units, lex.longestUnit);
        UnitCue u = e < 0 ? null : lex.units.get(Phrases.join(words, at + 1, e));
        boolean amount = u != null && (u.kind() == UnitKind.MEASURE || u.kind() == UnitKind.PERCENTAGE_POINTS || u.kind() == UnitKind.CHANGE_POINTS);
        return amount && words.get(at + 1).hasLetter() ? new UnitRead(u.kind(), u.unit(), e - 1, u.factor()) : null;
    }

    /** A unit in brackets right after the number, as in tables: "20 (kg)", "20 [kg]"; not a letter ("5 (g)"). */
    private UnitRead bracketed(List<Word> words, int last) {
        int open = last + 1 < words.size() ? OPENING.indexOf(words.get(last + 1).text()) : -1;
        if (open < 0 || words.get(last + 1).text().length() != 1) {
            return null;
        }
        int end = Phrases.longestStartingAt(words, last + 2, lex.units, lex.longestUnit);
        if (end < 0 || end >= words.size() || !words.get(end).text().equals(String.valueOf(CLOSING.charAt(open)))) {
            return null;
        }
        UnitCue u = lex.units.get(Phrases.join(words, last + 2, end));
        boolean word = words.get(last + 2).text().length() > 1 || end > last + 3;
        return u.kind() == UnitKind.MEASURE && word ? new UnitRead(u.kind(), u.unit(), end, u.factor()) : null;
    }

    /** The second part of a measure in two units: "2 in" after "6 ft" ({@code compound-units.tsv}). */
    private UnitRead secondPart(List<Word> words, int first, int last) {
        if (first < 2 || last + 1 >= words.size() || !words.get(first - 2).startsWithDigit()) {
            return new UnitRead(null, null, last);
        }
        UnitCue before = lex.units.get(words.get(first - 1).lower());
        Map<String, String> seconds = before == null || before.unit() == null ? null : lex.compoundUnits.get(before.unit());
        String unit = seconds == null ? null : seconds.get(words.get(last + 1).lower());
        return unit == null ? new UnitRead(null, null, last) : new UnitRead(UnitKind.MEASURE, unit, last + 1);
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
}
