package dev.extract.claims;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import dev.extract.text.NounPhrases;
import dev.extract.text.ReportingVerbs;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
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
     * One reporting cue: its lemma, stance, part of speech (verb, noun, prep or dash), and its frame: flags from
     * cues.tsv (object, marked, question, document, notIndefinite, needsParticle, forecast, impression, infinitive) and the
     * particles that belong to it ("particle=a/b"; a particle of several words, "it clear" of "made it clear", is
     * written with spaces), each as its lower-cased words.
     */
    record CueEntry(String lemma, Stance stance, CuePos pos, Set<CueFrame> flags, List<List<String>> particles) {
        /** A cue of a table row: lemma in column 1, stance in column 2, frame in column {@code frame}. */
        static CueEntry of(Row row, CuePos pos, int frame) {
            Set<CueFrame> flags = EnumSet.noneOf(CueFrame.class);
            List<List<String>> particles = new ArrayList<>();
            for (String f : row.cell(frame).split(",")) {
                if (f.startsWith(PARTICLE)) {
                    for (String p : f.substring(PARTICLE.length()).split("/")) {
                        particles.add(List.of(p.strip().split(" ")));
                    }
                } else if (!f.isBlank()) {
                    CueFrame flag = Coded.byCode(CueFrame.values(), f.strip());
                    if (flag == null) {
                        throw row.invalid("unknown frame flag '" + f.strip() + "'");
                    }
                    flags.add(flag);
                }
            }
            return new CueEntry(row.cell(1), row.coded(2, Stance.values()), pos,
                    Collections.unmodifiableSet(flags), List.copyOf(particles));
        }

        /** A cue no table lists, made by a pattern (a colon credit, "no comment"). */
        static CueEntry of(String lemma, Stance stance, CuePos pos, CueFrame... flags) {
            Set<CueFrame> set = EnumSet.noneOf(CueFrame.class);
            set.addAll(List.of(flags));
            return new CueEntry(lemma, stance, pos, Collections.unmodifiableSet(set), List.of());
        }

        boolean takesObject() {
            return has(CueFrame.OBJECT);
        }

        /** The content must be marked by "that", a colon or a quote: a bare object is no statement. */
        boolean needsMarkedContent() {
            return has(CueFrame.MARKED);
        }

        /** "asked whether …": a wh-clause or a question is what was said. */
        boolean asksQuestion() {
            return has(CueFrame.QUESTION);
        }

        /** "the poll found …", "records show …": an unmarked content only after a document or survey. */
        boolean needsDocumentSource() {
            return has(CueFrame.DOCUMENT);
        }

        /** "a group called X", "a self-described socialist": after an indefinite article the verb names, not reports. */
        boolean notAfterIndefinite() {
            return has(CueFrame.NOT_INDEFINITE);
        }

        boolean needsParticle() {
            return has(CueFrame.NEEDS_PARTICLE);
        }

        /** True when {@code lower} is a particle of this cue ("for" of "called for", "out" of "pointed out"). */
        boolean particle(String lower) {
            for (List<String> p : particles) {
                if (p.size() == 1 && p.get(0).equals(lower)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token past this cue's particle when one starts at {@code at} ("clear" or "it clear" after "made"),
         * else {@code at}; the particle may not run past {@code end}.
         */
        int pastParticle(List<Token> toks, int at, int end) {
            for (List<String> p : particles) {
                int n = p.size();
                if (at + n > end) {
                    continue;
                }
                int i = 0;
                while (i < n && toks.get(at + i).lower().equals(p.get(i))) {
                    i++;
                }
                if (i == n) {
                    return at + n;
                }
            }
            return at;
        }

        /** An opinion, intention or position rather than a statement: the claim's kind is "belief". */
        boolean belief() {
            return stance == Stance.BELIEF;
        }

        /** "X seems to …", "X appears …": an impression of the writer's, with no source. */
        boolean impression() {
            return has(CueFrame.IMPRESSION);
        }

        /** "refused to endorse him": the verb reports only before a to-infinitive. */
        boolean needsInfinitive() {
            return has(CueFrame.INFINITIVE);
        }

        /** "sees Clinton as the stronger candidate": the verb reports only with an "as" after its object. */
        boolean needsAs() {
            return has(CueFrame.AS_COMPLEMENT);
        }

        /** Mostly a noun in news ("state senator"): a cue only where the tagger reads a verb. */
        boolean nounForm() {
            return has(CueFrame.NOUN_FORM);
        }

        /** "expects sales to exceed 250": a forecast is checked on its own, even inside another claim. */
        boolean forecast() {
            return has(CueFrame.FORECAST);
        }

        private boolean has(CueFrame flag) {
            return flags.contains(flag);
        }
    }

    private static final String PARTICLE = "particle=";
    /** Column of the frame in common/reporting-verbs.tsv and in cues.tsv. */
    private static final int REPORTING_VERB_FRAME = 3;
    private static final int CUE_FRAME = 4;
    private static final Lexicon INSTANCE = new Lexicon();
    /** The noun-phrase reader with the speaker pronouns of pronouns.tsv as the pronouns a phrase may be. */
    static final NounPhrases PHRASES = new NounPhrases(w -> INSTANCE.pronounTypes(w) != null);

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
    private final Map<WordSet, Set<String>> wordSets = new EnumMap<>(WordSet.class);

    private Lexicon() {
        for (Row row : ReportingVerbs.english().rows(ReportingVerbs.User.CLAIMS)) {
            verbs.put(row.cell(0).strip().toLowerCase(Locale.ROOT), CueEntry.of(row, CuePos.VERB, REPORTING_VERB_FRAME));
        }
        for (Row row : LanguagePack.english().rows("claims/cues.tsv")) {
            CueEntry e = CueEntry.of(row, row.coded(3, CuePos.values()), CUE_FRAME);
            String form = row.cell(0).strip().toLowerCase(Locale.ROOT);
            switch (e.pos()) {
                case VERB -> verbs.put(form, e);
                case NOUN -> nouns.put(form, e);
                case PREP -> preps.put(form, e);
                case DASH -> dashes.put(form, e);
            }
        }
        Map<WordSet, Set<String>> sets = new EnumMap<>(WordSet.class);
        for (Row row : LanguagePack.english().rows("claims/grammar-words.tsv")) {
            sets.computeIfAbsent(row.coded(0, WordSet.values()), w -> new HashSet<>()).add(row.cell(1));
        }
        for (WordSet w : WordSet.values()) {
            wordSets.put(w, Set.copyOf(sets.getOrDefault(w, Set.of())));
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

    /** The words of a named set of grammar-words.tsv (auxiliaries, clause openers, …). */
    Set<String> words(WordSet set) {
        return wordSets.get(set);
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
