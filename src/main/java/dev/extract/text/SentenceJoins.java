package dev.extract.text;

import dev.extract.lang.LanguagePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Undoes the sentence breaks OpenNLP's model makes after an abbreviation that cannot end a sentence: a title
 * before a name ("said Ms. | Acosta."), a month before a day ("on Feb. | 14"), a numbered thing before its
 * number ("H.R. | 1"), a middle initial before a surname ("George W. | Bush"), a compass initial in a street
 * address ("3170 W. | County Road"), and any break before a lower-case word ("(R-Ga.) | said"). One pass over
 * the spans: linear.
 */
final class SentenceJoins {
    private enum Kind { TITLE, MONTH, NUMBER, CLOCK }

    private static final Map<String, Kind> ABBREVIATIONS = load();
    /** Words that open a new sentence after a capital letter and a stop ("in World War I. The war …"). */
    private static final java.util.Set<String> SENTENCE_OPENERS = LanguagePack.english()
            .cells("text/sentence-openers.tsv").stream().map(r -> r[0].strip())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Full weekday names, lower case (common/weekdays.tsv): "at 4 a.m. | Thursday" goes on. */
    private static final java.util.Set<String> WEEKDAYS = LanguagePack.english()
            .cells("common/weekdays.tsv").stream().filter(r -> r[2].strip().equals("full")).map(r -> r[0].strip())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SentenceJoins() {
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> out = new HashMap<>();
        for (String[] row : LanguagePack.english().cells("text/abbreviations.tsv")) {
            out.put(row[0].strip(), Kind.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT)));
        }
        // month abbreviations have one home, shared with the other features: capitalised here ("Jan.")
        for (String[] row : LanguagePack.english().cells("common/months.tsv")) {
            if (List.of(row[3].split(",")).contains("abbreviation")) {
                out.put(Character.toUpperCase(row[0].charAt(0)) + row[0].substring(1), Kind.MONTH);
            }
        }
        return out;
    }

    /** The sentence spans of {@code block}, with wrong breaks after abbreviations joined. */
    static Span[] join(String block, Span[] spans) {
        if (spans.length < 2) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            Span next = spans[i];
            if (wrongBreak(block, current, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    private static boolean wrongBreak(String block, Span before, Span after) {
        if (after.getStart() < after.getEnd() && Character.isLowerCase(block.charAt(after.getStart()))) {
            return true; // "Sen. David Perdue (R-Ga.) | said he …": no sentence opens in lower case
        }
        int end = before.getEnd();
        if (end < 2 || block.charAt(end - 1) != '.' || after.getStart() >= after.getEnd()) {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > before.getStart() && !Character.isWhitespace(block.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < end && !Character.isLetter(block.charAt(wordStart))) {
            wordStart++; // an opening quote or bracket before the abbreviation: “Mr.
        }
        String word = block.substring(wordStart, end);
        char first = block.charAt(after.getStart());
        Kind kind = ABBREVIATIONS.get(word);
        if (kind == Kind.TITLE) {
            return Character.isUpperCase(first);
        }
        if (kind == Kind.MONTH || kind == Kind.NUMBER) {
            return Character.isDigit(first);
        }
        if (kind == Kind.CLOCK) {
            return clockGoesOn(block, after);
        }
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && wordStart > before.getStart() && Character.isUpperCase(first)
                && Character.isDigit(block.charAt(prevWordStart(block, before.getStart(), wordStart)))
                && !SENTENCE_OPENERS.contains(firstWord(block, after))) {
            return true; // "3170 W. County Road": the initial of a compass point after a house number
        }
        // a middle initial: "George W. Bush", "G.K. Butterfield"; not "in World War I. The"
        boolean initial = word.length() >= 2 && word.length() <= 4 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> c == '.' || Character.isUpperCase(c));
        return initial && wordStart > before.getStart() && Character.isUpperCase(first)
                && Character.isUpperCase(block.charAt(prevWordStart(block, before.getStart(), wordStart)))
                && !SENTENCE_OPENERS.contains(firstWord(block, after));
    }

    /**
     * After "a.m.": a weekday ("4 a.m. | Thursday") or a time zone, a short all-capital word before a weekday, a
     * comma or a bracket ("4 a.m. | EDT Thursday)", "5 p.m. | EST, Nov. 6"), goes on; "10 a.m. | The crew" is a
     * new sentence.
     */
    private static boolean clockGoesOn(String block, Span after) {
        String w = firstWord(block, after);
        if (WEEKDAYS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (w.length() < 2 || w.length() > 5 || !w.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int i = after.getStart() + w.length();
        if (i < after.getEnd() && (block.charAt(i) == ',' || block.charAt(i) == ')')) {
            return true;
        }
        while (i < after.getEnd() && Character.isWhitespace(block.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < after.getEnd() && Character.isLetter(block.charAt(j))) {
            j++;
        }
        return WEEKDAYS.contains(block.substring(i, j).toLowerCase(java.util.Locale.ROOT));
    }

    private static String firstWord(String block, Span s) {
        int i = s.getStart();
        while (i < s.getEnd() && Character.isLetter(block.charAt(i))) {
            i++;
        }
        return block.substring(s.getStart(), i);
    }

    /** Index of the first character of the word before the one starting at {@code wordStart}. */
    private static int prevWordStart(String block, int from, int wordStart) {
        int i = wordStart - 1;
        while (i > from && Character.isWhitespace(block.charAt(i))) {
            i--;
        }
        while (i > from && !Character.isWhitespace(block.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
