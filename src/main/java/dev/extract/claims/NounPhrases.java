package dev.extract.claims;

import dev.extract.lang.LanguagePack;
import dev.extract.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Noun phrases read off UD tags, the way a speaker stands next to its cue: {@code [DET] (ADJ|NOUN|PROPN|NUM|'s)*
 * (NOUN|PROPN)}, with "of", "&" and hyphens inside names ("Ministry of Defence"), or one personal pronoun.
 * No parser: the tags and capitals are enough for the few shapes attributions take.
 */
final class NounPhrases {

    private static final Set<String> POSSESSIVE = possessives();
    private static final Set<String> DETERMINER_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> NOT_SPEAKERS = Set.of("this", "that", "these", "those", "which", "what",
            "there", "anyone", "everyone", "someone", "nobody", "one", "all", "some");

    /** No speaker phrase is longer; the cap keeps a run of thousands of nouns linear. */
    static final int MAX_TOKENS = 14;

    private NounPhrases() {
    }

    /** A phrase as an inclusive range of token indices in the list. */
    record Np(int first, int last, boolean pronoun) {
    }

    static boolean isPossessive(Token t) {
        return POSSESSIVE.contains(t.text());
    }

    /**
     * A noun-like word: tagged NOUN or PROPN, or capitalised where the tagger guessed otherwise ("Research"
     * as a VERB, "Boeing" as SCONJ inside a sentence); never a pronoun or determiner.
     */
    static boolean nounLike(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.tag().equals("NOUN") || t.tag().equals("PROPN")) {
            return true;
        }
        if (!t.isCapitalised() || !Character.isLetter(t.text().codePointAt(0)) || Set.of("PRON", "DET").contains(t.tag())) {
            return false;
        }
        boolean sentenceStart = i == 0 || toks.get(i - 1).sentence() != t.sentence();
        return Set.of("VERB", "ADJ", "X", "NUM").contains(t.tag()) || !sentenceStart;
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
        return w.equals("of") || w.equals("&") || w.equals("-")
                || (w.equals("for") || w.equals("and")) && i > 0 && toks.get(i - 1).isCapitalised()
                && i + 1 < toks.size() && toks.get(i + 1).isCapitalised(); // "Citizenship and Immigration Services"
    }

    /** The phrase that ends at token {@code last} and starts no earlier than {@code lo}, or null. */
    static Np endingAt(List<Token> toks, int last, int lo) {
        if (last < lo) {
            return null;
        }
        Token head = toks.get(last);
        if (head.tag().equals("PRON")) {
            return Lexicon.get().pronounTypes(head.lower()) != null || Set.of("we", "i", "you").contains(head.lower())
                    ? new Np(last, last, true) : null;
        }
        // an adjective right after an article heads its phrase ("the general/ADJ said", "the accused")
        boolean adjectiveHead = head.tag().equals("ADJ") && last > lo && toks.get(last - 1).tag().equals("DET");
        if (!nounLike(toks, last) && !adjectiveHead || NOT_SPEAKERS.contains(head.lower())) {
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
            } else if (t.tag().equals("DET") && !Set.of("which", "what", "that").contains(w) || DETERMINER_PRONOUNS.contains(w)) {
                first = i;
                break;
            } else {
                break;
            }
        }
        // a phrase right after a preposition is its object, not a subject
        if (first > lo && toks.get(first - 1).tag().equals("ADP") && !toks.get(first - 1).lower().equals("like")) {
            return null;
        }
        return new Np(first, last, false);
    }

    /** Prepositions that join a head to its complement inside a speaker phrase: "a spokesman for the campaign". */
    private static final Set<String> HEAD_PREPS = Set.of("for", "of", "at", "with", "from", "in");

    /**
     * The phrase ending at {@code last} with a prepositional complement taken in: "A spokesman for the campaign",
     * "Officials at the agency". Null when there is no such phrase.
     */
    static Np withComplementEndingAt(List<Token> toks, int last, int lo) {
        int first = last;
        while (first > lo && first > last - MAX_TOKENS && !toks.get(first - 1).tag().equals("ADP")
                && (nounLike(toks, first - 1) || Set.of("DET", "ADJ", "NUM").contains(toks.get(first - 1).tag())
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
    static Np startingAt(List<Token> toks, int first, int hi) {
        if (first >= hi) {
            return null;
        }
        Token t0 = toks.get(first);
        if (t0.tag().equals("PRON")) {
            return Lexicon.get().pronounTypes(t0.lower()) != null ? new Np(first, first, true) : null;
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
    static Np nameCore(List<Token> toks, Np np) {
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
    static boolean hasName(List<Token> toks, Np np, int sentenceFirst) {
        for (int i = np.first(); i <= np.last(); i++) {
            Token t = toks.get(i);
            if (t.tag().equals("PROPN") || (t.isCapitalised() && i > sentenceFirst && nounLike(toks, i))) {
                return true;
            }
        }
        return false;
    }

    /** The possessive marks of common/possessives.tsv that claims reads. */
    private static Set<String> possessives() {
        Set<String> out = new HashSet<>();
        for (String[] row : LanguagePack.english().cells("common/possessives.tsv")) {
            if (!row[3].equals("-")) {
                out.add(row[0]);
            }
        }
        return Set.copyOf(out);
    }
}
