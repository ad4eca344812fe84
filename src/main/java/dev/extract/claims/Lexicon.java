package dev.extract.claims;

import dev.extract.text.DataTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the claim patterns read, loaded once from {@code src/main/resources/dev/extract/claims/}.
 * Immutable after loading, so one instance is shared by all threads.
 */
final class Lexicon {

    /** One reporting cue: its lemma, stance, part of speech (verb, noun or prep), and whether a hearer follows it. */
    record CueEntry(String lemma, String stance, String pos, String frame) {
        boolean takesObject() {
            return frame.equals("object");
        }

        /** The content must be marked by "that", a colon or a quote: a bare object is no statement. */
        boolean needsMarkedContent() {
            return frame.equals("marked");
        }
    }

    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, CueEntry> verbs = new HashMap<>();
    private final Map<String, CueEntry> nouns = new HashMap<>();
    private final Map<String, CueEntry> preps = new HashMap<>();
    private final Map<String, CueEntry> dashes = new HashMap<>();
    private final List<List<String>> hedges = new ArrayList<>();
    private final Set<String> timeWords = new HashSet<>();
    private final List<List<String>> contentStops = new ArrayList<>();
    private final Map<String, Set<String>> pronouns = new HashMap<>();
    private final Map<String, Set<String>> descriptions = new HashMap<>();

    private Lexicon() {
        for (String[] row : rows("cues.tsv")) {
            CueEntry e = new CueEntry(row[1], row[2], row[3], row.length > 4 ? row[4] : "");
            switch (row[3]) {
                case "verb" -> verbs.put(row[0], e);
                case "noun" -> nouns.put(row[0], e);
                case "prep" -> preps.put(row[0], e);
                case "dash" -> dashes.put(row[0], e);
                default -> throw new IllegalStateException("cues.tsv: unknown pos " + row[3]);
            }
        }
        for (String[] row : rows("hedges.tsv")) {
            hedges.add(List.of(row[0].split(" ")));
        }
        for (String[] row : rows("time-words.tsv")) {
            timeWords.add(row[0]);
        }
        for (String[] row : rows("content-stops.tsv")) {
            contentStops.add(List.of(row[0].split(" ")));
        }
        for (String[] row : rows("pronouns.tsv")) {
            pronouns.put(row[0], Set.of(row[1].split(",")));
        }
        for (String[] row : rows("descriptions.tsv")) {
            descriptions.put(row[0], Set.of(row[1].split(",")));
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    CueEntry verb(String lower) {
        return verbs.get(lower);
    }

    CueEntry noun(String lower) {
        return nouns.get(lower);
    }

    CueEntry prep(String lowerWords) {
        return preps.get(lowerWords);
    }

    CueEntry dash(String text) {
        return dashes.get(text);
    }

    List<List<String>> hedges() {
        return hedges;
    }

    boolean isTimeWord(String lower) {
        return timeWords.contains(lower);
    }

    /** Word sequences that end a reported proposition: each starts with "," or ";". */
    List<List<String>> contentStops() {
        return contentStops;
    }

    /** Actor types a speaker pronoun may refer to, or null when the word is no speaker pronoun. */
    Set<String> pronounTypes(String lower) {
        return pronouns.get(lower);
    }

    /** Actor types a "the NOUN" description may refer to, or null. */
    Set<String> descriptionTypes(String lower) {
        return descriptions.get(lower);
    }

    /** Rows with the first cell trimmed and lower-cased: the key every table here is looked up by. */
    private static List<String[]> rows(String name) {
        List<String[]> out = DataTable.rows(Lexicon.class, name);
        for (String[] cols : out) {
            cols[0] = cols[0].strip().toLowerCase(Locale.ROOT);
        }
        return out;
    }
}
