package dev.extract.figures;

import java.util.List;

/**
 * Numbers that are not figures although nothing else claimed them: years ("since 2000", "February 2022"),
 * days of months ("March 19"), numbers in names ("World War 2", "Boeing 787", "Section 230", "No. 1"),
 * list numbering ("2. "), a lone "one" (a pronoun more often than a count), street numbers, phone numbers, stock
 * codes and emergency numbers ("called 911"). Applies to bare counts only:
 * a currency, a unit or a percent sign makes any number a figure.
 */
final class NotAFigure {
    private final Lexicon lex;

    NotAFigure(Lexicon lex) {
        this.lex = lex;
    }

    boolean rejects(SentenceView s, List<Word> words, int first, NumberPhrase p, int last, Qualifier qualifier) {
        if (p.bareOne() && p.last() == last) {
            return true;
        }
        String prev = Phrases.lower(words, first - 1);
        String next = Phrases.lower(words, last + 1);
        if (p.yearShaped() && isYear(words, first, last, qualifier)) {
            return true;
        }
        if (p.form() == Form.DIGITS && p.value() != null && p.value().scale() <= 0 && p.value().intValue() >= 1
                && p.value().intValue() <= 31 && (lex.is(prev.replace(".", ""), ContextRole.MONTH) || lex.is(next.replace(".", ""), ContextRole.MONTH)
                || prev.equals(".") && lex.is(Phrases.lower(words, first - 2), ContextRole.MONTH))) {
            return true; // "March 19", "19 March"
        }
        boolean scoreOrRange = lex.is(next, ContextRole.RANGE_TO) && !next.equals("to") && words.size() > last + 2
                && words.get(last + 2).startsWithDigit(); // "Sweden 1 – 0 Korea": a score after a name is no name
        if (afterNameWord(words, first) || p.form() == Form.DIGITS && !scoreOrRange && isName(s, words, first)) {
            return true;
        }
        if ((prev.equals("+") || prev.equals("-")) && first >= 2 && words.get(first - 2).hasUpper()) {
            return true; // a time-zone offset: "GMT +8", "UTC-5"
        }
        if (address(words, last) || phoneOrTicker(words, first, last) || emergencyNumber(words, first, last)) {
            return true;
        }
        // list numbering: "2." or "3)" opening a line, or "; 2 ) cautions" inside one (a ")" that no "(" opened)
        if (next.equals(")") && !opened(words, first)) {
            return true;
        }
        return (next.equals(".") || next.equals(")")) && s.doc() != null && s.opensLine(s.doc().text(), words.get(first).from());
    }

    /**
     * A street number: "123 Random Street", "3170 W. County Road" (capitalised words, then a street word), or
     * a block of one: "the 3100 block of Elm Street".
     */
    private boolean address(List<Word> words, int last) {
        if (last + 2 < words.size() && lex.is(Phrases.join(words, last + 1, last + 3), ContextRole.ADDRESS_AFTER)) {
            return true;
        }
        for (int k = last + 1; k < words.size() && k <= last + 5; k++) {
            Word w = words.get(k);
            if (lex.is(w.lower(), ContextRole.STREET_WORD) && w.hasUpper()) {
                return k > last + 1;
            }
            if (!(w.hasUpper() || w.text().equals("."))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A phone number or a stock code: "(202) 555-0143", "555-0143" (three digits, a dash, four), "0700.HK"
     * (an exchange suffix glued on), "TYO: 7203" (an exchange code and a colon before).
     */
    private static boolean phoneOrTicker(List<Word> words, int first, int last) {
        if (localNumber(words.get(first).text()) || digitGroups(words, first, last) >= 3) {
            return true; // "555-0143", "+44 207 946 0958"
        }
        Word next = last + 1 < words.size() ? words.get(last + 1) : null;
        Word after = last + 2 < words.size() ? words.get(last + 2) : null;
        if (next != null && next.text().equals(")") && after != null && localNumber(after.text())
                && first > 0 && words.get(first - 1).text().equals("(")) {
            return true; // "(202) 555-0143"
        }
        if (next != null && next.text().equals(".") && next.from() == words.get(last).to() && after != null
                && after.from() == next.to() && after.hasUpper() && after.text().length() <= 2) {
            return true; // "0700.HK"
        }
        if (first >= 2 && words.get(first - 1).text().equals(":")) {
            String code = words.get(first - 2).text();
            return code.length() >= 2 && code.length() <= 6 && code.chars().allMatch(Character::isUpperCase);
        }
        return false;
    }

    /**
     * How many bare digit groups, one space apart, stand in a row around the number ("207 946 0958" gives 3),
     * counted up to three: a bounded look, so a long run of digits stays linear.
     */
    private static int digitGroups(List<Word> words, int first, int last) {
        int n = 1;
        for (int k = last + 1; n < 3 && k < words.size() && words.get(k).from() - words.get(k - 1).to() == 1
                && bareDigits(words.get(k).text()); k++) {
            n++;
        }
        for (int k = first - 1; n < 3 && k >= 0 && words.get(k + 1).from() - words.get(k).to() == 1
                && bareDigits(words.get(k).text()); k--) {
            n++;
        }
        return bareDigits(words.get(first).text()) ? n : 1;
    }

    private static boolean bareDigits(String t) {
        return !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** True when a "(" stands in the eight words before word {@code first}: "a wave of men (486,000)". */
    private static boolean opened(List<Word> words, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            if (words.get(k).text().equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** Three digits, a dash and four digits: "555-0143". */
    private static boolean localNumber(String t) {
        if (t.length() != 8 || t.charAt(3) != '-') {
            return false;
        }
        for (int k = 0; k < 8; k++) {
            if (k != 3 && !Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "called 911", "911 calls", "dial 999": an emergency number beside a word of calling. */
    private boolean emergencyNumber(List<Word> words, int first, int last) {
        if (!lex.is(words.get(first).text(), ContextRole.EMERGENCY_NUMBER)) {
            return false;
        }
        return lex.is(Phrases.lower(words, first - 1), ContextRole.CALL_WORD) || lex.is(Phrases.lower(words, last + 1), ContextRole.CALL_WORD);
    }

    /**
     * Number words that are idioms more often than figures: "twice" and "double" are multipliers only before
     * "as"/"the" ("twice as fast", "double the price"), not as adverbs ("denied twice"); "half" and "a third"
     * are fractions only before "of"/"the"/"as" or at a phrase end, not nouns ("the first half", "a third goal",
     * "half an hour" is a duration). Some hyphen compounds of number words state no number ("one-time", "one-off").
     */
    boolean idiom(List<Word> words, NumberPhrase p) {
        if (p.first() == p.last() && lex.is(words.get(p.first()).lower(), ContextRole.IDIOM_COMPOUND)) {
            return true; // "a one-time gain", "a one-off payment"
        }
        if (p.compound() != null && lex.is(p.compound(), ContextRole.THING_COMPOUND)) {
            return true; // "3-pointers", "an 18-wheeler": a kind of thing
        }
        boolean multiplier = p.form() == Form.MULTIPLIER_WORD && !lex.endsWith(words.get(p.first()).lower(), ContextRole.MULTIPLIER_SUFFIX);
        boolean fraction = p.form() == Form.WORDS && p.value() != null && p.value().compareTo(java.math.BigDecimal.ONE) < 0;
        if (!multiplier && !fraction) {
            return false;
        }
        String next = Phrases.lower(words, p.last() + 1);
        if (fraction && wholeFraction(words, p) && (p.unitCue() != null || amountUnitAt(words, p.last() + 1))) {
            return false; // "a quarter-point cut", "by a quarter point": a fraction of a unit; not "a third point"
        }
        if (fraction) {
            String prev = Phrases.lower(words, p.first() - 1);
            if (lex.is(prev, ContextRole.FRACTION_NOUN)) {
                return true;
            }
            if (lex.is(next, ContextRole.ARTICLE) && isTimeUnit(Phrases.lower(words, p.last() + 2))) {
                return true;
            }
        }
        if (multiplier) {
            return !lex.is(next, ContextRole.FRACTION_NEXT) || lex.is(next, ContextRole.ARTICLE); // "twice a year" is a frequency
        }
        return !(next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0)) || lex.is(next, ContextRole.FRACTION_NEXT));
    }

    /** "half", "quarter", "quarter-point": a fraction word that is no ordinal ("third" is also one). */
    private boolean wholeFraction(List<Word> words, NumberPhrase p) {
        String w = words.get(p.last()).lower();
        int dash = w.indexOf('-');
        String head = dash > 0 ? w.substring(0, dash) : w;
        return lex.is(head, ContextRole.FRACTION_ALONE) || lex.is(head, ContextRole.FRACTION_BEFORE_SCALE);
    }

    /** A unit of amount (not of time) starts at word {@code at}: "point", "percentage point", "mile". */
    private boolean amountUnitAt(List<Word> words, int at) {
        int end = Phrases.longestStartingAt(words, at, lex.units, lex.longestUnit);
        UnitCue u = end < 0 ? null : lex.units.get(Phrases.join(words, at, end));
        return u != null && words.get(at).hasLetter()
                && (u.kind() == UnitKind.MEASURE || u.kind() == UnitKind.PERCENTAGE_POINTS || u.kind() == UnitKind.CHANGE_POINTS);
    }

    private boolean isTimeUnit(String w) {
        UnitCue u = lex.units.get(w);
        return u != null && u.kind().ofTime();
    }

    /** A four-digit 1000-2100 number is a year unless a plural noun follows ("2000 soldiers") or a qualifier precedes. */
    boolean isYear(List<Word> words, int first, int last, Qualifier qualifier) {
        String prev = Phrases.lower(words, first - 1);
        String next = Phrases.lower(words, last + 1);
        if (lex.is(prev, ContextRole.MONTH) || lex.is(prev.replace(".", ""), ContextRole.MONTH)) {
            return true;
        }
        if (prev.equals(",") && first >= 2 && (words.get(first - 2).startsWithDigit() || lex.is(words.get(first - 2).lower(), ContextRole.MONTH))) {
            return true; // "October 13, 2005"
        }
        boolean pluralNoun = next.length() > 2 && (lex.endsWith(next, ContextRole.PLURAL_ENDING) || lex.is(next, ContextRole.IRREGULAR_PLURAL))
                && Character.isLetter(next.charAt(0)) && words.get(last + 1).text().equals(next) && !lex.units.containsKey(next);
        String article = Phrases.lower(words, first - 3);
        String article2 = Phrases.lower(words, first - 4); // "a cross-sectional survey of"
        boolean indefinite = lex.is(article, ContextRole.ARTICLE) || lex.is(article2, ContextRole.ARTICLE);
        if (lex.is(next, ContextRole.YEAR_NOUN) && !lex.is(prev, ContextRole.AMOUNT_OF)) {
            return true; // "had 1988 sales of $14 million", "the 2020 elections"
        }
        if (pluralNoun && lex.is(prev, ContextRole.AMOUNT_OF) && indefinite) {
            return false; // "a survey of 1709 schoolchildren", "a total of 2000 troops"; not "10% of 2000 levels"
        }
        if (lex.is(prev, ContextRole.YEAR_CUE)) {
            return true; // "since 2000", "the 2014 protests"
        }
        return !(pluralNoun || qualifier != null); // "killed 2000 people", "about 2000"

    }

    /**
     * A whole number from 1 to 119 set off by commas right after a name is that person's age: "Mensah, 31, has
     * scored", "Jane Doe, 45, of Leeds". Not after a place with a day ("Paris, 3,") as the comma rule of
     * {@link Numeral} keeps "3,000" whole, and not before a noun ("Smith, 31 goals").
     */
    boolean appositionAge(SentenceView s, List<Word> words, int first, int last, NumberPhrase p) {
        if (first < 2 || last != p.last() || p.form() != Form.DIGITS || p.value() == null || p.value().scale() > 0
                || p.value().intValue() < 1 || p.value().intValue() > 119) {
            return false;
        }
        String next = Phrases.lower(words, last + 1);
        Word name = words.get(first - 2);
        if (name.text().equals(".") && first >= 3 && lex.is(words.get(first - 3).lower(), ContextRole.NAME_SUFFIX)) {
            name = words.get(first - 3); // "Carlineo Jr., 55,"
        }
        return words.get(first - 1).text().equals(",") && (next.equals(",") || next.equals(")")) && name.hasUpper()
                && !lex.is(name.lower(), ContextRole.MONTH) && (s.tagAt(name.from()).equals("PROPN") || lex.is(name.lower(), ContextRole.NAME_SUFFIX));
    }

    /** "No. 1", "version 10.4", "day five", "Flight 447". */
    private boolean afterNameWord(List<Word> words, int first) {
        String lp = Phrases.lower(words, first - 1);
        return lex.is(lp, ContextRole.NAME_WORD) || (lp.equals(".") && lex.is(Phrases.lower(words, first - 2) + ".", ContextRole.NAME_WORD));
    }

    /** A number right after a capitalised name or a naming word: "World War 2", "iPhone 4", "Flight 447", "No. 1". */
    private boolean isName(SentenceView s, List<Word> words, int first) {
        if (first == 0) {
            return false;
        }
        Word prev = words.get(first - 1);
        String lp = prev.lower();
        if (!prev.hasUpper() || !prev.hasLetter() || lex.is(lp, ContextRole.MONTH) || lex.qualifiers.containsKey(lp) || lex.currency(prev.text()) != null) {
            return false;
        }
        if (prev.to() == words.get(first).from()) {
            return true; // written against the name
        }
        String tag = s.tagAt(prev.from());
        boolean sentenceFirst = s.tokens().isEmpty() || prev.from() <= s.tokens().get(0).from();
        if (s.headline() || sentenceFirst) {
            return tag.equals("PROPN");
        }
        boolean innerCapital = !Character.isUpperCase(prev.text().charAt(0)); // iPhone, iOS
        return innerCapital || tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("X") || tag.equals("ADJ");
    }

    /**
     * "N times" multiplies only before a comparison ("three times the average", "four times faster", "twice as")
     * or after a change verb ("profits increased five times"); else it counts occasions ("raised rates 14 times",
     * "four times a year"). Cues written against the number ("3x", "2.4-fold") always multiply.
     */
    boolean multiplies(List<Word> words, int from, int unitLast) {
        if (from > unitLast || !lex.is(Phrases.join(words, from, unitLast + 1), ContextRole.MULTIPLIER_CUE)) {
            return true;
        }
        String next = Phrases.lower(words, unitLast + 1);
        if (lex.is(next, ContextRole.MULTIPLIER_NEXT) || next.length() > 4 && lex.endsWith(next, ContextRole.COMPARATIVE_ENDING) && words.get(unitLast + 1).text().equals(next)) {
            return true;
        }
        return Change.of(lex, words, from - 1, unitLast, null) != null;
    }
}
