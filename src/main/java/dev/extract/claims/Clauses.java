package dev.extract.claims;

import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/** Small token-range helpers shared by the attribution patterns. */
final class Clauses {

    private static final Set<String> END_PUNCT = Set.of(".", "!", "?", ",", ";", ":", "-", "\u2013", "\u2014");
    /** Words that open an embedded question: "asked whether …", "did not say how many …". */
    static final Set<String> WH_COMPLEMENT = Lexicon.get().words(WordSet.WH_COMPLEMENT);
    static final Set<String> QUOTE_CLOSE = Set.of("\u201D", "\"", "''", "\u2019\u2019");
    static final Set<String> QUOTE_OPEN = Set.of("\u201C", "\"", "``", "''", "\u2018\u2018");

    private Clauses() {
    }

    /** True when the lower-cased tokens from {@code at} spell {@code words}. */
    static boolean matches(List<Token> toks, int at, int end, List<String> words) {
        if (at + words.size() > end) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!toks.get(at + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Drops closing punctuation (not quotation marks) from the end of token range [from, to). */
    static int trimEnd(List<Token> toks, int from, int to) {
        while (to > from && END_PUNCT.contains(toks.get(to - 1).text())) {
            to--;
        }
        return to;
    }

    /** Skips opening discourse words and their comma ("However ,", "But ,") from the start of [from, to). */
    static int trimStart(List<Token> toks, int from, int to) {
        int i = from;
        while (i < to && (toks.get(i).tag().equals("CCONJ") || toks.get(i).tag().equals("ADV"))
                && i + 1 < to && toks.get(i + 1).text().equals(",")) {
            i += 2;
        }
        while (i < to && (toks.get(i).text().equals(",") || toks.get(i).tag().equals("CCONJ"))) {
            i++;
        }
        return i;
    }

    private static final Set<String> TIME_PREPS = Lexicon.get().words(WordSet.TIME_PREPS);
    /** Demonstratives that are time words only before one ("this week"). */
    private static final Set<String> DEMONSTRATIVES = Lexicon.get().words(WordSet.DEMONSTRATIVES);

    /** The first token from {@code i} past time words ("today", "on Thursday", "June 18", "this morning"). */
    static int skipTime(List<Token> toks, int i, int se) {
        Lexicon lex = Lexicon.get();
        boolean afterTime = false;
        while (i < se) {
            Token t = toks.get(i);
            String w = t.lower();
            // "this" dates only with a time word after it: "say this is …" opens the content
            boolean time = lex.isTimeWord(w) && !DEMONSTRATIVES.contains(w) || t.isNumber() && afterTime
                    || TIME_PREPS.contains(w) && i + 1 < se && lex.isTimeWord(toks.get(i + 1).lower());
            if (!time) {
                return i;
            }
            afterTime = true;
            i++;
        }
        return i;
    }

    /** Subject pronouns that open a clause of their own. */
    private static final Set<String> SUBJECT_PRONOUNS = Lexicon.get().words(WordSet.SUBJECT_PRONOUNS);

    /** A verb or auxiliary at {@code i}: "that used …" after an object opens its relative clause. */
    static boolean verbAt(List<Token> toks, int i, int se) {
        return i < se && (toks.get(i).isVerb() || toks.get(i).tag().equals("AUX"));
    }

    /** "he would never vote …": a subject pronoun and a finite verb, perhaps after an adverb, open a clause at {@code i}. */
    static boolean pronounClauseAt(List<Token> toks, int i, int se) {
        if (i + 1 >= se || !SUBJECT_PRONOUNS.contains(toks.get(i).lower())) {
            return false;
        }
        int v = toks.get(i + 1).tag().equals("ADV") ? i + 2 : i + 1;
        return v < se && (toks.get(v).tag().equals("AUX") || toks.get(v).isVerb() && !toks.get(v).lower().endsWith("ing"));
    }

    /** "to revitalize" at {@code i}, whatever the tag of "to". */
    static boolean infinitiveAt(List<Token> toks, int i, int se) {
        return i + 1 < se && toks.get(i).lower().equals("to") && toks.get(i + 1).isVerb();
    }

    /** True when tokens [from, to) are one noun phrase, not a pronoun nor a time: "a violent hit" of "says a violent hit that …". */
    static boolean objectPhrase(List<Token> toks, int from, int to) {
        dev.extract.text.NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, from, to);
        return np != null && !np.pronoun() && np.last() == to - 1 && !Lexicon.get().isTimeWord(toks.get(np.last()).lower());
    }

    /** Prepositions that open the setting of an attribution ("said in an interview", "said on CNN"). */
    private static final Set<String> SETTING_PREPS = Lexicon.get().words(WordSet.SETTING_PREPS);
    /** The most prepositional phrases of a setting passed over ("in an interview with CNN"). */
    private static final int SETTING_PHRASES_MAX = 2;

    /**
     * "said in an interview he would win", "said on CNN the bill would pass": the token past a setting at {@code i}
     * when a clause (a subject and a finite verb) follows it; else {@code i}.
     */
    static int pastSetting(List<Token> toks, int i, int se) {
        int at = i;
        for (int n = 0; n < SETTING_PHRASES_MAX && at + 1 < se && toks.get(at).tag().equals("ADP")
                && (n > 0 || SETTING_PREPS.contains(toks.get(at).lower())); n++) {
            dev.extract.text.NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, at + 1, se);
            if (np == null || np.pronoun() || np.first() != at + 1) {
                return i;
            }
            at = np.last() + 1;
            if (clauseAt(toks, at, se)) {
                return at;
            }
        }
        return i;
    }

    /** A subject and its finite verb at {@code i}: "he would win", "the bill would pass". */
    private static boolean clauseAt(List<Token> toks, int i, int se) {
        if (pronounClauseAt(toks, i, se)) {
            return true;
        }
        dev.extract.text.NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, i, se);
        if (np == null || np.pronoun() || np.first() != i || np.last() + 1 >= se) {
            return false;
        }
        Token v = toks.get(np.last() + 1);
        return v.tag().equals("AUX") || v.isVerb() && !v.lower().endsWith("ing") && !v.lower().endsWith("ed");
    }

    /** True when tokens [from, to) are a prepositional setting: "at a campaign stop in Toledo", "on Tuesday". */
    static boolean settingBefore(List<Token> toks, int from, int to) {
        if (!toks.get(from).tag().equals("ADP") && !Lexicon.get().isTimeWord(toks.get(from).lower())) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.isVerb() || t.tag().equals("AUX") || t.tag().equals("PRON")) {
                return false;
            }
        }
        return true;
    }
}
