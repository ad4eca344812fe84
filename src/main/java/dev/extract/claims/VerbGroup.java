package dev.extract.claims;

import dev.extract.text.NounPhrases;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What stands left of a reporting verb inside its verb group: adverbs, auxiliaries, negation and time words,
 * and what they say about the verb (passive, future or hypothetical verbs report nothing; a negated one says
 * nothing was stated).
 */
final class VerbGroup {
    static final Set<String> BE = Lexicon.get().words(WordSet.BE);
    static final Set<String> FUTURE = Lexicon.get().words(WordSet.FUTURE);
    /** "critics would call them …", "leaders could call on …": a hypothetical, nothing was said. */
    static final Set<String> MODAL = Lexicon.get().words(WordSet.MODAL);
    static final Set<String> NEGATION = Lexicon.get().words(WordSet.NEGATION);
    private static final Set<String> TIME_PREPS = Lexicon.get().words(WordSet.TIME_PREPS);
    /** Forms of have and do tagged VERB that act as auxiliaries. */
    private static final Set<String> AUX_VERBS = Lexicon.get().words(WordSet.AUX_VERBS);
    /** "The senators all suggested", "They both said": a quantifier floated after the subject belongs to it. */
    private static final Set<String> FLOATING_QUANTIFIERS = Lexicon.get().words(WordSet.FLOATING_QUANTIFIERS);
    /** How far back the finite verb of a gerund's clause is looked for, in tokens. */
    private static final int MAIN_VERB_REACH = 40;

    private final List<Token> toks;
    private final Lexicon lex = Lexicon.get();

    VerbGroup(List<Token> toks) {
        this.toks = toks;
    }

    /** What stands left of a verb once adverbs, auxiliaries, negation and time words are passed. */
    record Left(int j, boolean negated) {
    }

    /** The token left of verb {@code k} past its adverbs and auxiliaries, or null for a passive or future verb. */
    Left left(int k, int sf) {
        boolean negated = false;
        int j = k - 1;
        for (; j >= Math.max(sf, k - NounPhrases.MAX_TOKENS); j--) {
            Token t = toks.get(j);
            String w = t.lower();
            if (NEGATION.contains(w)) {
                negated = true;
            } else if (t.tag().equals("AUX") || (t.tag().equals("VERB") && AUX_VERBS.contains(w))) {
                // "is calling for", "is supporting Clinton"; a progressive belief before "to" is an intention ("is planning to")
                boolean progressive = BE.contains(w) && toks.get(k).lower().endsWith("ing") && !(beliefCue(k) && infinitiveAfter(k));
                if (!progressive && (BE.contains(w) || FUTURE.contains(w) || MODAL.contains(w))) {
                    return null; // "is thought", "is expected", "will announce", "would call"
                }
            } else if (t.tag().equals("ADV") || FLOATING_QUANTIFIERS.contains(w) && j > sf || lex.isTimeWord(w) || (t.isNumber() && j > sf && lex.isTimeWord(toks.get(j - 1).lower()))
                    || (TIME_PREPS.contains(w) && j + 1 < k && lex.isTimeWord(toks.get(j + 1).lower()))) {
                continue;
            } else {
                break;
            }
        }
        return new Left(j, negated);
    }

    private boolean infinitiveAfter(int k) {
        return k + 1 < toks.size() && toks.get(k + 1).lower().equals("to");
    }

    private boolean beliefCue(int k) {
        Lexicon.CueEntry c = lex.verb(toks.get(k).lower());
        return c != null && c.belief();
    }

    /** The subject of the finite verb before token {@code j}: "Boeing" in "Boeing challenged the award, claiming". */
    NounPhrases.Np mainSubject(int j, int sf) {
        for (int v = j - 1; v > Math.max(sf, j - MAIN_VERB_REACH); v--) {
            Token t = toks.get(v);
            boolean progressive = t.lower().endsWith("ing") && v - 1 > sf && BE.contains(toks.get(v - 1).lower()); // "is defending …, saying"
            if (t.tag().equals("VERB") && (!t.lower().endsWith("ing") || progressive)) {
                Left left = left(v, sf);
                if (left != null && left.j() >= sf) {
                    Subjects.Subject sub = Subjects.endingAt(toks, left.j(), sf);
                    if (sub != null) {
                        return sub.speaker();
                    }
                }
            }
        }
        return null;
    }
}
