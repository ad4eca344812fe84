package dev.extract.claims;

import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-document tables that keep every look-up of the patterns constant-time or logarithmic, so a long
 * sentence full of cues costs linear time: where each proposition must end (the next content stop or the
 * sentence end), where question marks are, and where each hedge occurs.
 */
final class Propositions {
    /** A spaced dash ends a reported proposition: what follows is the writer's aside. */
    private static final Set<String> DASHES = Set.of("\u2013", "\u2014", "--");
    private final List<Token> toks;
    private final int[] nextStop;   // first stop token at or after i in i's sentence, else the sentence end
    private final int[] questions;  // number of "?" tokens before i
    private final List<int[]> hedgeStarts = new ArrayList<>(); // per hedge, sorted token indices where it starts

    Propositions(Document doc) {
        this.toks = doc.tokens();
        int n = toks.size();
        nextStop = new int[n + 1];
        questions = new int[n + 1];
        for (int i = 0; i < n; i++) {
            questions[i + 1] = questions[i] + (toks.get(i).text().equals("?") ? 1 : 0);
        }
        List<List<String>> stops = Lexicon.get().contentStops();
        for (Sentence s : doc.sentences()) {
            int next = s.endToken();
            int laterDash = Integer.MAX_VALUE; // the nearest dash after i in the sentence
            for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
                String w = toks.get(i).text();
                boolean quoteAfter = w.equals(",") && i + 1 < s.endToken() && Clauses.QUOTE_CLOSE.contains(toks.get(i + 1).text());
                if (DASHES.contains(w)) {
                    // "the top 1 percent -- those with incomes over $750,000 -- would face": a pair sets off an aside
                    if (laterDash - i > DASH_PAIR_TOKENS && !dashBefore(i, s.firstToken())) {
                        next = i;
                    }
                    laterDash = i;
                } else if (coordinatedPredicate(i, s.endToken()) || coordinatedClause(i, s.endToken())) {
                    // a comma inside a closing quote stays with the quote: "“… by Cleveland,” referring to …"
                    next = quoteAfter ? i + 2 : i;
                } else if (w.equals(",") || w.equals(";")) {
                    for (List<String> stop : stops) {
                        if (Clauses.matches(toks, i, s.endToken(), stop)) {
                            next = i;
                            break;
                        }
                        if (quoteAfter && stopAfterQuote(i, s.endToken(), stop)) {
                            next = i + 2; // "“jobs, jobs, jobs,” but he has also …"
                            break;
                        }
                    }
                }
                nextStop[i] = next;
            }
        }
        nextStop[n] = n;
        findHedges(toks, n);
    }

    /** Each hedge's index in Lexicon.hedges(), by its first word: one look-up per token finds its candidates. */
    private static final Map<String, List<Integer>> HEDGES_BY_FIRST_WORD = byFirstWord(Lexicon.get().hedges());

    private static Map<String, List<Integer>> byFirstWord(List<List<String>> phrases) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int h = 0; h < phrases.size(); h++) {
            index.computeIfAbsent(phrases.get(h).get(0), k -> new ArrayList<>()).add(h);
        }
        return index;
    }

    /** Fills hedgeStarts in one pass over the tokens (a pass per hedge cost hedges × tokens). */
    private void findHedges(List<Token> toks, int n) {
        List<List<String>> hedges = Lexicon.get().hedges();
        int[][] at = new int[hedges.size()][];
        int[] count = new int[hedges.size()];
        for (int i = 0; i < n; i++) {
            for (int h : HEDGES_BY_FIRST_WORD.getOrDefault(toks.get(i).lower(), List.of())) {
                if (Clauses.matches(toks, i, n, hedges.get(h))) {
                    if (at[h] == null) {
                        at[h] = new int[4];
                    } else if (count[h] == at[h].length) {
                        at[h] = Arrays.copyOf(at[h], 2 * count[h]);
                    }
                    at[h][count[h]++] = i;
                }
            }
        }
        for (int h = 0; h < hedges.size(); h++) {
            hedgeStarts.add(at[h] == null ? new int[0] : Arrays.copyOf(at[h], count[h]));
        }
    }

    /** Paired dashes lie no further apart than this many tokens. */
    private static final Set<String> COORDINATORS = Lexicon.get().words(WordSet.COORDINATORS);
    private static final int DASH_PAIR_TOKENS = 30;

    private boolean dashBefore(int i, int sentenceFirst) {
        for (int j = i - 1; j >= Math.max(sentenceFirst, i - DASH_PAIR_TOKENS); j--) {
            if (DASHES.contains(toks.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** The stop sequence ", but …" read across the closing quote after the comma: ", ” but …". */
    private boolean stopAfterQuote(int i, int end, List<String> stop) {
        if (stop.size() < 2 || !stop.get(0).equals(",") || i + stop.size() >= end) {
            return false;
        }
        for (int k = 1; k < stop.size(); k++) {
            if (!toks.get(i + 1 + k).lower().equals(stop.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, and said he did not support Mr. Trump", "… and added that …": a second predicate of the speaker, not
     * part of what was said. A comma with "and"/"but" before a verb, or "and" before a reporting verb.
     */
    private boolean coordinatedPredicate(int i, int end) {
        Token t = toks.get(i);
        int c = t.text().equals(",") ? i + 1 : i;
        if (c > i && c < end && Clauses.QUOTE_CLOSE.contains(toks.get(c).text())) {
            c++; // "“… by Cleveland,” referring to …"
        }
        if (c + 1 >= end) {
            return false;
        }
        if (c > i && toks.get(c).isVerb() && toks.get(c).lower().endsWith("ing")
                && Lexicon.get().verb(toks.get(c).lower()) != null) {
            return true; // "…, referring to the convention", "…, adding that …": the speaker's next act
        }
        if (!COORDINATORS.contains(toks.get(c).lower())) {
            return false;
        }
        Token v = toks.get(c + 1);
        if (c > i) {
            return v.tag().equals("VERB") && !v.lower().endsWith("ing");
        }
        Lexicon.CueEntry cue = Lexicon.get().verb(v.lower());
        return cue != null && v.isVerb() && !cue.belief() && !v.lower().endsWith("ing");
    }

    /** Subject pronouns that open a clause of their own after ", and". */
    private static final Set<String> SUBJECT_PRONOUNS = Lexicon.get().words(WordSet.SUBJECT_PRONOUNS);
    /** The most tokens of a subject phrase between ", and" and its verb. */
    private static final int CLAUSE_SUBJECT_MAX = 4;

    /**
     * "Rubio said the real extremist is Clinton, and he railed against the moderators": ", and" before a subject
     * and its verb opens the writer's next clause. The subject is a pronoun or a short run of names and nouns.
     */
    private boolean coordinatedClause(int i, int end) {
        if (!toks.get(i).text().equals(",") || i + 3 >= end || !toks.get(i + 1).lower().equals("and")) {
            return false;
        }
        Token first = toks.get(i + 2);
        if (SUBJECT_PRONOUNS.contains(first.lower())) {
            return finiteVerb(toks.get(i + 3));
        }
        if (!first.tag().equals("PROPN") && !first.tag().equals("DET")) {
            return false;
        }
        for (int v = i + 3; v < Math.min(end, i + 3 + CLAUSE_SUBJECT_MAX); v++) {
            Token t = toks.get(v);
            if (finiteVerb(t)) {
                return true;
            }
            if (!t.tag().equals("PROPN") && !t.tag().equals("NOUN") && !t.tag().equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    private static boolean finiteVerb(Token t) {
        return (t.tag().equals("VERB") || t.tag().equals("AUX")) && !t.lower().endsWith("ing");
    }

    /** The exclusive end of a proposition that starts at token {@code from} in a sentence ending at {@code sentenceEnd}. */
    int end(int from, int sentenceEnd) {
        return from + 1 < sentenceEnd ? Math.min(sentenceEnd, nextStop[from + 1]) : sentenceEnd;
    }

    boolean hasQuestion(int from, int to) {
        return questions[to] - questions[from] > 0;
    }

    /** The hedges that lie wholly in token range [from, to), as written, in lexicon order. */
    List<String> hedges(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        List<List<String>> words = Lexicon.get().hedges();
        for (int h = 0; h < hedgeStarts.size(); h++) {
            int[] at = hedgeStarts.get(h);
            int i = java.util.Arrays.binarySearch(at, from);
            int first = i >= 0 ? i : -i - 1;
            if (first < at.length && at[first] + words.get(h).size() <= to) {
                int a = at[first];
                out.add(text.substring(toks.get(a).from(), toks.get(a + words.get(h).size() - 1).to()));
            }
        }
        return out;
    }
}
