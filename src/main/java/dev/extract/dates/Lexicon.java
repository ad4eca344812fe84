package dev.extract.dates;

import dev.extract.lang.LanguagePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists of {@code words.tsv} and {@code tense.tsv}: kind → phrase (lower case) → value, plus a third
 * column where a kind has one. Immutable after loading.
 */
final class Lexicon {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Map<String, Map<String, String>> extras = new HashMap<>();

    static Lexicon load(String... resources) {
        Lexicon lexicon = new Lexicon();
        for (String resource : resources) {
            for (String[] row : rows(resource)) {
                String kind = row[0];
                String phrase = row[1].toLowerCase(Locale.ROOT);
                lexicon.values.computeIfAbsent(kind, k -> new HashMap<>()).put(phrase, row.length > 2 ? row[2] : "");
                if (row.length > 3) {
                    lexicon.extras.computeIfAbsent(kind, k -> new HashMap<>()).put(phrase, row[3]);
                }
            }
        }
        // "speechverb": the reporting verbs dates reads, from the common list (lang/en/common/reporting-verbs.tsv)
        Map<String, String> speech = lexicon.values.computeIfAbsent("speechverb", k -> new HashMap<>());
        for (String form : dev.extract.text.ReportingVerbs.english().forms(dev.extract.text.ReportingVerbs.User.DATES)) {
            speech.put(form, "");
        }
        return lexicon;
    }

    /** Tab-separated rows of a resource next to this class, without comments and blank lines. */
    static List<String[]> rows(String resource) {
        return LanguagePack.english().cells("dates/" + resource);
    }

    /** The value of {@code phrase} (any case, any run of spaces) in {@code kind}, or null. */
    String value(String kind, String phrase) {
        Map<String, String> m = values.get(kind);
        return m == null || phrase == null ? null : m.get(normalise(phrase));
    }

    String extra(String kind, String phrase) {
        Map<String, String> m = extras.get(kind);
        return m == null || phrase == null ? null : m.get(normalise(phrase));
    }

    boolean has(String kind, String phrase) {
        return value(kind, phrase) != null;
    }

    Map<String, String> kind(String kind) {
        return values.getOrDefault(kind, Map.of());
    }

    /** A regex alternation of the phrases of {@code kind}, longest first, spaces matching any whitespace. */
    String alternation(String kind) {
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
