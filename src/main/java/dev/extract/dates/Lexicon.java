package dev.extract.dates;

import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists of {@code words.tsv}, {@code tense.tsv} and {@code cues.tsv}, and the month and weekday names
 * of {@code common/}: kind → phrase (lower case) → value, plus a third column where a kind has one. Immutable
 * after loading.
 */
final class Lexicon {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Map<WordKind, Map<String, String>> values = new EnumMap<>(WordKind.class);
    private final Map<WordKind, Map<String, String>> extras = new EnumMap<>(WordKind.class);

    static Lexicon load(String... resources) {
        return load(LanguagePack.english(), resources);
    }

    /** The lists of {@code pack} (a language, or a regional overlay of one). */
    static Lexicon load(LanguagePack pack, String... resources) {
        Lexicon lexicon = new Lexicon();
        for (String resource : resources) {
            for (Row row : pack.rows("dates/" + resource)) {
                String[] cells = row.cells();
                lexicon.add(row.coded(0, WordKind.values()), cells[1], cells.length > 2 ? cells[2] : "",
                        cells.length > 3 ? cells[3] : null);
            }
        }
        lexicon.addCommon(pack, "common/months.tsv", WordKind.MONTH, WordKind.FULLMONTH, WordKind.VERBMONTH);
        lexicon.addCommon(pack, "common/weekdays.tsv", WordKind.WEEKDAY, null, null);
        // cardinal and ordinal words live with every feature's number words: word, value, figures role, dates kind
        for (Row row : pack.rows("common/number-words.tsv")) {
            if (!row.cell(3).equals("-")) {
                lexicon.add(row.coded(3, WordKind.values()), row.cell(0), row.cell(1), null);
            }
        }
        // signs after which a four-digit number is money, not a year: sign, code, figures, actors, dates
        for (Row row : pack.rows("common/currency-signs.tsv")) {
            if (!row.cell(4).equals("-")) {
                lexicon.add(WordKind.CURRENCYBEFORE, row.cell(0), "", null);
            }
        }
        return lexicon;
    }

    private void add(WordKind kind, String phrase, String value, String extra) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        values.computeIfAbsent(kind, k -> new HashMap<>()).put(lower, value);
        if (extra != null) {
            extras.computeIfAbsent(kind, k -> new HashMap<>()).put(lower, extra);
        }
    }

    /**
     * The forms of a common list (form, number, what it is, readers) that the date rules read, as {@code kind};
     * full names also as {@code fullKind}, names that are also verbs ("may") as {@code verbKind}.
     */
    private void addCommon(LanguagePack pack, String resource, WordKind kind, WordKind fullKind, WordKind verbKind) {
        for (String[] row : pack.cells(resource)) {
            if (!List.of(row[3].split(",")).contains("dates")) {
                continue;
            }
            List<String> what = List.of(row[2].split(","));
            add(kind, row[0], row[1], null);
            if (fullKind != null && what.contains("full")) {
                add(fullKind, row[0], row[1], null);
            }
            if (verbKind != null && what.contains("verb")) {
                add(verbKind, row[0], row[1], null);
            }
        }
    }

    /** The value of {@code phrase} (any case, any run of spaces) in {@code kind}, or null. */
    String value(WordKind kind, String phrase) {
        Map<String, String> m = values.get(kind);
        return m == null || phrase == null ? null : m.get(normalise(phrase));
    }

    String extra(WordKind kind, String phrase) {
        Map<String, String> m = extras.get(kind);
        return m == null || phrase == null ? null : m.get(normalise(phrase));
    }

    boolean has(WordKind kind, String phrase) {
        return value(kind, phrase) != null;
    }

    Map<String, String> kind(WordKind kind) {
        return values.getOrDefault(kind, Map.of());
    }

    /**
     * How a relation word of {@code shift} moves a period (-1 back, 0 the one in view, 1 ahead); 0 for no word
     * or a word the list does not hold ("the summer").
     */
    int shift(String relation) {
        return number(WordKind.SHIFT, relation);
    }

    /** The whole-number value of {@code phrase} in {@code kind}, or 0 when it has none. */
    int number(WordKind kind, String phrase) {
        String v = value(kind, phrase);
        return v == null || v.isEmpty() ? 0 : Integer.parseInt(v);
    }

    /** True when {@code text} starts with a space and then a phrase of {@code kind} (" before", " ended"). */
    boolean opensWith(WordKind kind, String text) {
        if (text.isEmpty() || text.charAt(0) != ' ') {
            return false;
        }
        for (String phrase : kind(kind).keySet()) {
            if (text.startsWith(phrase, 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} ends with a phrase of {@code kind} ("$2000": "$"). */
    boolean endsWithAny(WordKind kind, String text) {
        for (String phrase : kind(kind).keySet()) {
            if (text.endsWith(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A regex alternation of the phrases of {@code kind}, longest first, spaces matching any whitespace. */
    String alternation(WordKind kind) {
        Map<String, String> m = values.get(kind);
        if (m == null) {
            throw new IllegalArgumentException("no words of kind " + kind);
        }
        List<String> phrases = new ArrayList<>(m.keySet());
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String p : phrases) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"));
        }
        return sb.toString();
    }

    static String normalise(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isWhitespace(lower.charAt(i))) {
                return SPACES.matcher(lower).replaceAll(" ").strip();
            }
        }
        return lower;
    }
}
