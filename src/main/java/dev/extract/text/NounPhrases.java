package dev.extract.text;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Noun phrases read off UD tags, the way a speaker stands next to its cue: {@code [DET] (ADJ|NOUN|PROPN|NUM|'s)*
 * (NOUN|PROPN)}, with "of", "&" and hyphens inside names ("Ministry of Defence"), or one personal pronoun.
 * No parser: the tags and capitals are enough for the few shapes attributions take. The one noun-phrase reader
 * of the extractors; which pronouns head a phrase is the caller's (claims: its speaker pronouns).
 * Immutable, so one instance is shared by all threads.
 */
public final class NounPhrases {

    /** The named word sets of lang/en/text/noun-phrases.tsv. */
    private enum Words implements Coded {
        POSSESSIVE("possessive"), DETERMINER_PRONOUNS("determinerPronouns"), NOT_HEADS("notHeads"),
        OTHER_PERSONAL("otherPersonal"), NOT_OPENING_DETERMINERS("notOpeningDeterminers"), HEAD_PREPS("headPreps"),
        NAME_JOINERS("nameJoiners"), CAPITAL_JOINERS("capitalJoiners"), PRONOUNS("pronouns"),
        CLAUSE_PREPS("clausePreps");

        private final String code;

        Words(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    private static final Map<Words, Set<String>> WORDS = load();
    private static final Set<String> POSSESSIVE = WORDS.get(Words.POSSESSIVE);
    private static final Set<String> DETERMINER_PRONOUNS = WORDS.get(Words.DETERMINER_PRONOUNS);
    /** Heads that are no phrase a speaker could be: "this", "there", "anyone". */
    private static final Set<String> NOT_HEADS = WORDS.get(Words.NOT_HEADS);
    /** Personal pronouns that head a phrase ending at them though the caller's pronouns leave them out. */
    private static final Set<String> OTHER_PERSONAL = WORDS.get(Words.OTHER_PERSONAL);
    /** Determiners that do not open a phrase read leftwards ("which", "what", "that"). */
    private static final Set<String> NOT_OPENING_DETERMINERS = WORDS.get(Words.NOT_OPENING_DETERMINERS);
    /** Words inside a name: "Ministry of Defence", "AT&T", "Anglo-American". */
    private static final Set<String> NAME_JOINERS = WORDS.get(Words.NAME_JOINERS);
    /** Words inside a name only between capitalised words: "Centers for Disease Control". */
    private static final Set<String> CAPITAL_JOINERS = WORDS.get(Words.CAPITAL_JOINERS);
    /** The closed class of English pronouns: a capitalised word tagged PRON that is none of them is a name. */
    private static final Set<String> PRONOUNS = WORDS.get(Words.PRONOUNS);
    /** Prepositions that also open a clause: a phrase after one may be the subject of a verb ("after Smith said"). */
    private static final Set<String> CLAUSE_PREPS = WORDS.get(Words.CLAUSE_PREPS);
    private static final Set<String> NOT_NOUN_TAGS = Set.of("PRON", "DET");
    private static final Set<String> MISTAGGED_NOUN_TAGS = Set.of("VERB", "ADJ", "X", "NUM");
    private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "NUM");

    /** No speaker phrase is longer; the cap keeps a run of thousands of nouns linear. */
    public static final int MAX_TOKENS = 14;

    private final Predicate<String> pronoun;

    /** A reader whose phrases may be one pronoun for which {@code pronoun} holds (given the lower-cased word). */
    public NounPhrases(Predicate<String> pronoun) {
        this.pronoun = pronoun;
    }

    private static Map<Words, Set<String>> load() {
        Map<Words, Set<String>> sets = new EnumMap<>(Words.class);
        for (Row row : LanguagePack.english().rows("text/noun-phrases.tsv")) {
            sets.computeIfAbsent(row.coded(0, Words.values()), w -> new HashSet<>()).add(row.cell(1));
        }
        // possessive marks have one home with every feature's: mark, figures, actors, claims
        for (Row row : LanguagePack.english().rows("common/possessives.tsv")) {
            if (!row.cell(3).equals("-")) {
                sets.computeIfAbsent(Words.POSSESSIVE, w -> new HashSet<>()).add(row.cell(0));
            }
        }
        for (Words w : Words.values()) {
            sets.put(w, Set.copyOf(sets.getOrDefault(w, Set.of())));
        }
        return sets;
    }

    /** A phrase as an inclusive range of token indices in the list. */
    public record Np(int first, int last, boolean pronoun) {
    }

    public static boolean isPossessive(Token t) {
        return POSSESSIVE.contains(t.text());
    }

    /**
     * A noun-like word: tagged NOUN or PROPN, or capitalised where the tagger guessed otherwise ("Research"
     * as a VERB, "Boeing" as SCONJ inside a sentence); never a pronoun or determiner.
     */
    public static boolean nounLike(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.tag().equals("NOUN") || t.tag().equals("PROPN") || mistaggedName(t)) {
            return true;
        }
        if (!t.isCapitalised() || !Character.isLetter(t.text().codePointAt(0)) || NOT_NOUN_TAGS.contains(t.tag())) {
            return false;
        }
        boolean sentenceStart = i == 0 || toks.get(i - 1).sentence() != t.sentence();
        return MISTAGGED_NOUN_TAGS.contains(t.tag()) || !sentenceStart;
    }

    /** "Weaver/PRON said": a capitalised word the tagger took for a pronoun though it is none. */
    private static boolean mistaggedName(Token t) {
        return t.tag().equals("PRON") && t.isCapitalised() && Character.isLetter(t.text().codePointAt(0))
                && !PRONOUNS.contains(t.lower());
    }

    /**
     * A word inside a name: "of", "&" and hyphens ("Ministry of Defence"), and "for" between capitalised
     * words ("Office for National Statistics", "Centers for Disease Control").
     */
    private static boolean nameJoiner(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        if (w.equals(".") && i > 0) {
            // the tokenizer's "R" "." of "Ronald R. Fieldstone", "Rep" "." of "Rep. Butterfield": an initial or title
            String prev = toks.get(i - 1).text();
            return prev.length() <= 3 && Character.isUpperCase(prev.charAt(0)) && toks.get(i - 1).to() == toks.get(i).from();
        }
        return NAME_JOINERS.contains(w)
                || CAPITAL_JOINERS.contains(w) && i > 0 && toks.get(i - 1).isCapitalised()
                && i + 1 < toks.size() && toks.get(i + 1).isCapitalised(); // "Citizenship and Immigration Services"
    }

    /** The phrase that ends at token {@code last} and starts no earlier than {@code lo}, or null. */
    public Np endingAt(List<Token> toks, int last, int lo) {
        if (last < lo) {
            return null;
        }
        Token head = toks.get(last);
        if (head.tag().equals("PRON") && !mistaggedName(head)) {
            return pronoun.test(head.lower()) || OTHER_PERSONAL.contains(head.lower())
                    ? new Np(last, last, true) : null;
        }
        // an adjective right after an article heads its phrase ("the general/ADJ said", "the accused")
        boolean adjectiveHead = head.tag().equals("ADJ") && last > lo && toks.get(last - 1).tag().equals("DET");
        if (!nounLike(toks, last) && !adjectiveHead || NOT_HEADS.contains(head.lower())) {
            return null;
        }
        int first = last;
        for (int i = last - 1; i >= Math.max(lo, last - MAX_TOKENS); i--) {
            Token t = toks.get(i);
            String w = t.lower();
            if (nounLike(toks, i) || t.tag().equals("ADJ") || t.tag().equals("NUM")) {
                first = i;
            } else if (isPossessive(t) && i > lo && nounLike(toks, i - 1)) {
                first = i;
            } else if (nameJoiner(toks, i) && i > lo && toks.get(i + 1).isCapitalised() && nounLike(toks, i - 1)) {
                first = i;
            } else if (t.tag().equals("DET") && !NOT_OPENING_DETERMINERS.contains(w) || DETERMINER_PRONOUNS.contains(w)) {
                first = i;
                break;
            } else {
                break;
            }
        }
        // a phrase right after a preposition is its object, not a subject; after one that opens a clause
        // ("after Smith said", "as the Post noted") it may be the subject of the verb that follows
        Token before = first > lo ? toks.get(first - 1) : null;
        if (before != null && before.tag().equals("ADP") && !before.lower().equals("like")
                && !(CLAUSE_PREPS.contains(before.lower()) && last + 1 < toks.size() && toks.get(last + 1).isVerb())) {
            return null;
        }
        return new Np(first, last, false);
    }

    /** Prepositions that join a head to its complement inside a speaker phrase: "a spokesman for the campaign". */
    private static final Set<String> HEAD_PREPS = WORDS.get(Words.HEAD_PREPS);

    /**
     * The phrase ending at {@code last} with a prepositional complement taken in: "A spokesman for the campaign",
     * "Officials at the agency". Null when there is no such phrase.
     */
    public Np withComplementEndingAt(List<Token> toks, int last, int lo) {
        int first = last;
        while (first > lo && first > last - MAX_TOKENS && !toks.get(first - 1).tag().equals("ADP")
                && (nounLike(toks, first - 1) || MODIFIER_TAGS.contains(toks.get(first - 1).tag())
                || DETERMINER_PRONOUNS.contains(toks.get(first - 1).lower()) || isPossessive(toks.get(first - 1)))) {
            first--;
        }
        if (first - 2 < lo || !nounLike(toks, last) || !HEAD_PREPS.contains(toks.get(first - 1).lower())) {
            return null;
        }
        Np head = endingAt(toks, first - 2, lo);
        return head == null || head.pronoun() ? null : new Np(head.first(), last, false);
    }

    /** The phrase that starts at token {@code first} and ends before {@code hi}, or null. */
    public Np startingAt(List<Token> toks, int first, int hi) {
        if (first >= hi) {
            return null;
        }
        Token t0 = toks.get(first);
        if (t0.tag().equals("PRON") && !mistaggedName(t0)) {
            return pronoun.test(t0.lower()) ? new Np(first, first, true) : null;
        }
        int i = first;
        if (t0.tag().equals("DET") || DETERMINER_PRONOUNS.contains(t0.lower())) {
            i++;
        }
        int last = -1;
        for (; i < Math.min(hi, first + MAX_TOKENS); i++) {
            Token t = toks.get(i);
            if (nounLike(toks, i) || t.tag().equals("ADJ") || t.tag().equals("NUM")) {
                if (nounLike(toks, i)) {
                    last = i;
                }
            } else if (isPossessive(t) && last == i - 1) {
                continue;
            } else if (nameJoiner(toks, i) && last == i - 1 && i + 1 < hi && toks.get(i + 1).isCapitalised()) {
                continue;
            } else {
                break;
            }
        }
        return last < 0 ? null : new Np(first, last, false);
    }

    /**
     * The part of a phrase to report as speaker: a name without its article ("MoD" of "The MoD"), the name
     * after a possessive ("Ministry of Defence" of "the UK's Ministry of Defence"), else the whole phrase.
     */
    public static Np nameCore(List<Token> toks, Np np) {
        if (np.pronoun()) {
            return np;
        }
        int first = np.first();
        for (int i = np.last() - 1; i > first; i--) {
            if (isPossessive(toks.get(i)) && toks.get(i + 1).isCapitalised()) {
                return new Np(i + 1, np.last(), false);
            }
        }
        Token t0 = toks.get(first);
        if (t0.tag().equals("DET") && first < np.last() && toks.get(first + 1).isCapitalised()) {
            return new Np(first + 1, np.last(), false);
        }
        return np;
    }

    /** True when the phrase holds a name (a capitalised word that is not the sentence's first). */
    public static boolean hasName(List<Token> toks, Np np, int sentenceFirst) {
        for (int i = np.first(); i <= np.last(); i++) {
            Token t = toks.get(i);
            if (t.tag().equals("PROPN") || (t.isCapitalised() && i > sentenceFirst && nounLike(toks, i))) {
                return true;
            }
        }
        return false;
    }
}
