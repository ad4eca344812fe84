package dev.extract.actors;

import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import dev.extract.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a person's gender from three signals, strongest first: an honorific or gendered title with a mention
 * ("Mrs", "Sir", "Congresswoman"), the given name (a generated list, see NOTICE), and the pronouns that follow
 * the mentions ("he said", "her office"). A pronoun counts for the person named last before it, within a short
 * window; pronouns overrule a given name only when they clearly disagree with it.
 */
final class GenderReader {
    /** How far after a mention a pronoun may stand and still refer back to it. */
    private static final int PRONOUN_WINDOW = 40;
    private final Map<String, Gender> givenNames = new HashMap<>();
    private final Map<String, Gender> titles = new HashMap<>();
    private final Map<String, Gender> pronouns = new HashMap<>();

    private static final GenderReader INSTANCE = new GenderReader();

    static GenderReader get() {
        return INSTANCE;
    }

    private GenderReader() {
        for (Row r : LanguagePack.english().rows("actors/given_names.tsv")) {
            givenNames.put(r.cell(0), r.coded(1, Gender.values()));
        }
        for (Row r : LanguagePack.english().rows("actors/gender_words.tsv")) {
            (r.coded(2, GenderCue.values()) == GenderCue.PRONOUN ? pronouns : titles).put(r.cell(0), r.coded(1, Gender.values()));
        }
    }

    /** The usual gender of a given name in any case ("MARIA", "Maria"), or null. */
    Gender givenName(String word) {
        if (word.isEmpty()) {
            return null;
        }
        return givenNames.get(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The gender of each person cluster (null for other types and where the signals are missing or split).
     * {@code personAt[t]} is the index of the person cluster whose name mention starts at token t, else -1.
     */
    Gender[] genders(List<Token> toks, List<Cluster> clusters, int[] personAt) {
        int[][] votes = new int[clusters.size()][2];
        for (int c = 0; c < clusters.size(); c++) {
            if (ActorType.PERSON.equals(clusters.get(c).type())) {
                for (Candidate m : clusters.get(c).members()) {
                    countPronouns(toks, m.last() + 1, personAt, votes[c]);
                }
            }
        }
        Gender[] out = new Gender[clusters.size()];
        for (int c = 0; c < clusters.size(); c++) {
            if (ActorType.PERSON.equals(clusters.get(c).type())) {
                out[c] = decide(title(toks, clusters.get(c)), givenName(clusters.get(c)), votes[c]);
            }
        }
        return out;
    }

    private static Gender decide(Gender title, Gender given, int[] votes) {
        Gender byPronouns = votes[0] > votes[1] ? Gender.FEMALE : votes[1] > votes[0] ? Gender.MALE : null;
        if (title != null) {
            return title;
        }
        if (given != null && byPronouns != null && byPronouns != given) {
            int against = votes[byPronouns.ordinal()];
            int with = votes[given.ordinal()];
            return against >= 2 && against > 2 * with ? byPronouns : given; // "Jean" is a woman when she is "she" throughout
        }
        return given != null ? given : byPronouns;
    }

    /**
     * Counts the gendered pronouns after a mention within the window, up to the next mention of any person: a
     * pronoun is counted once, for the person named last before it.
     */
    private void countPronouns(List<Token> toks, int from, int[] personAt, int[] votes) {
        int end = Math.min(toks.size(), from + PRONOUN_WINDOW);
        for (int t = from; t < end && personAt[t] < 0; t++) {
            Gender g = pronouns.get(toks.get(t).lower());
            if (g != null) {
                votes[g.ordinal()]++;
            }
        }
    }

    /** A gendered title with any mention, or right before it ("Mrs. Smith"); null when none or they disagree. */
    private Gender title(List<Token> toks, Cluster c) {
        Gender found = null;
        for (Candidate m : c.members()) {
            Gender g = m.title() != null ? titles.get(titleKey(m.title())) : null;
            int before = m.first() - 1;
            if (before > 0 && toks.get(before).text().equals(".")) {
                before--;
            }
            if (g == null && before >= 0) {
                g = titles.get(titleKey(toks.get(before).text()));
            }
            if (g != null && found != null && g != found) {
                return null;
            }
            found = g != null ? g : found;
        }
        return found;
    }

    /** The given name of the longest name mention of two or more words ("Maria" in "Maria Ortiz"). */
    private Gender givenName(Cluster c) {
        String longest = null;
        for (Candidate m : c.members()) {
            if (m.length() > 1 && m.kind() == CandidateKind.NAME && (longest == null || m.key().length() > longest.length())) {
                longest = m.key();
            }
        }
        int space = longest == null ? -1 : longest.indexOf(' ');
        return space < 0 ? null : givenName(longest.substring(0, space));
    }

    private static String titleKey(String words) {
        return words.replace(".", "").strip().toLowerCase(Locale.ROOT);
    }
}
