package dev.extract.claims;

import dev.extract.lang.LanguagePack;
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

    /**
     * One reporting cue: its lemma, stance, part of speech (verb, noun or prep), and its frame: comma-separated
     * flags from cues.tsv (object, marked, question, document, notIndefinite, needsParticle, particle=a/b).
     */
    record CueEntry(String lemma, String stance, String pos, Set<String> flags, Set<String> particles) {
        static CueEntry of(String lemma, String stance, String pos, String frame) {
            Set<String> flags = new HashSet<>();
            Set<String> particles = new HashSet<>();
            for (String f : frame.split(",")) {
                if (f.startsWith("particle=")) {
                    particles.addAll(List.of(f.substring("particle=".length()).split("/")));
                } else if (!f.isBlank()) {
                    flags.add(f.strip());
                }
            }
            return new CueEntry(lemma, stance, pos, Set.copyOf(flags), Set.copyOf(particles));
        }

        boolean takesObject() {
            return has("object");
        }

        /** The content must be marked by "that", a colon or a quote: a bare object is no statement. */
        boolean needsMarkedContent() {
            return has("marked");
        }

        /** "asked whether …": a wh-clause or a question is what was said. */
        boolean asksQuestion() {
            return has("question");
        }

        /** "the poll found …", "records show …": an unmarked content only after a document or survey. */
        boolean needsDocumentSource() {
            return has("document");
        }

        /** "a group called X", "a self-described socialist": after an indefinite article the verb names, not reports. */
        boolean notAfterIndefinite() {
            return has("notIndefinite");
        }

        boolean needsParticle() {
            return has("needsParticle");
        }

        /** True when {@code lower} is a particle of this cue ("for" of "called for", "out" of "pointed out"). */
        boolean particle(String lower) {
            return particles.contains(lower);
        }

        /** An opinion, intention or position rather than a statement: the claim's kind is "belief". */
        boolean belief() {
            return stance.equals("belief");
        }

        /** "X seems to …", "X appears …": an impression of the writer's, with no source. */
        boolean impression() {
            return has("impression");
        }

        /** "expects sales to exceed 250": a forecast is checked on its own, even inside another claim. */
        boolean forecast() {
            return has("forecast");
        }

        private boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, CueEntry> verbs = new HashMap<>();
    private final Map<String, CueEntry> nouns = new HashMap<>();
    private final Map<String, CueEntry> preps = new HashMap<>();
    private final Map<String, CueEntry> dashes = new HashMap<>();
    private final List<List<String>> hedges = new ArrayList<>();
    private final Set<String> timeWords = new HashSet<>();
    private final Set<String> notThatCues = new HashSet<>();
    private final List<List<String>> contentStops = new ArrayList<>();
    private final Map<String, Set<String>> pronouns = new HashMap<>();
    private final Map<String, dev.extract.actors.Gender> pronounGenders = new HashMap<>();
    private final Map<String, Set<String>> descriptions = new HashMap<>();
    private final Set<String> documents = new HashSet<>();
    private final Set<String> surveys = new HashSet<>();

    private Lexicon() {
        for (String[] row : rows("cues.tsv")) {
            CueEntry e = CueEntry.of(row[1], row[2], row[3], row.length > 4 ? row[4] : "");
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
        for (String[] row : rows("not-that-cues.tsv")) {
            notThatCues.add(row[0]);
        }
        // time words, months and weekdays have one home, shared with the other features
        for (String common : List.of("common/time-words.tsv", "common/months.tsv", "common/weekdays.tsv")) {
            for (String[] row : LanguagePack.english().cells(common)) {
                if (List.of(row[row.length - 1].split(",")).contains("claims")) {
                    timeWords.add(row[0]);
                }
            }
        }
        for (String[] row : rows("content-stops.tsv")) {
            contentStops.add(List.of(row[0].split(" ")));
        }
        for (String[] row : rows("pronouns.tsv")) {
            pronouns.put(row[0], Set.of(row[1].split(",")));
            if (row.length > 2 && !row[2].isBlank() && !row[2].strip().equals("-")) {
                pronounGenders.put(row[0], dev.extract.actors.Gender.valueOf(row[2].strip().toUpperCase(Locale.ROOT)));
            }
        }
        for (String[] row : rows("document-nouns.tsv")) {
            documents.add(row[0]);
            if (row.length > 1 && row[1].strip().equals("survey")) {
                surveys.add(row[0]);
            }
        }
        for (String[] row : rows("descriptions.tsv")) {
            descriptions.put(row[0], Set.of(row[1].split(",")));
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** Verbs whose that-clause reports nothing ("ensure that", "means that"): not-that-cues.tsv. */
    boolean isNotThatCue(String lower) {
        return notThatCues.contains(lower);
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

    /** True for the head noun of a document or survey that can "show" or "find" ("poll", "records"). */
    boolean isDocument(String lower) {
        return documents.contains(lower);
    }

    /** The gender a speaker pronoun asks of its antecedent ("she": female), or null. */
    dev.extract.actors.Gender pronounGender(String lower) {
        return pronounGenders.get(lower);
    }

    /** True for a poll or survey: "… fell to 10 percent in the latest CNN poll" names it as the source. */
    boolean isSurvey(String lower) {
        return surveys.contains(lower);
    }

    /** Actor types a "the NOUN" description may refer to, or null. */
    Set<String> descriptionTypes(String lower) {
        return descriptions.get(lower);
    }

    /** Rows with the first cell trimmed and lower-cased: the key every table here is looked up by. */
    private static List<String[]> rows(String name) {
        List<String[]> out = LanguagePack.english().cells("claims/" + name);
        for (String[] cols : out) {
            cols[0] = cols[0].strip().toLowerCase(Locale.ROOT);
        }
        return out;
    }
}
