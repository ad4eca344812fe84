package dev.extract.claims;

import dev.extract.text.NounPhrases;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;

/**
 * "The registration issue was first reported by The Washington Post", "Oz has been called a charlatan by
 * fellow physicians": a passive cue whose agent follows "by" is the agent's claim about the clause before it.
 * Only past participles after a form of "be" (no modal, no future: "could be expected" is a hypothetical).
 */
final class PassiveAgents {
    /** How far left of the cue its auxiliaries are looked for, and how far right its "by". */
    private static final int AUX_REACH = 4;
    private static final int BY_REACH = 7;

    private final List<Token> toks;
    private final Lexicon lex = Lexicon.get();

    PassiveAgents(List<Token> toks) {
        this.toks = toks;
    }

    Draft at(Sentence s, int k, Token cueTok, Lexicon.CueEntry cue) {
        int sf = s.firstToken();
        int se = s.endToken();
        if (cueTok.lower().endsWith("ing") || cue.belief() || k == sf) {
            return null;
        }
        boolean be = false;
        for (int j = k - 1; j >= Math.max(sf, k - AUX_REACH); j--) {
            String w = toks.get(j).lower();
            if (VerbGroup.FUTURE.contains(w) || VerbGroup.MODAL.contains(w) || VerbGroup.NEGATION.contains(w)) {
                return null;
            }
            be |= VerbGroup.BE.contains(w);
        }
        int by = k + 1;
        while (by < Math.min(se, k + BY_REACH) && !toks.get(by).lower().equals("by")) {
            if (toks.get(by).isVerb() || toks.get(by).isPunctuation()) {
                return null;
            }
            by++;
        }
        if (!be || by >= Math.min(se, k + BY_REACH)) {
            return null;
        }
        NounPhrases.Np agent = Lexicon.PHRASES.startingAt(toks, by + 1, se);
        int from = Clauses.trimStart(toks, sf, k);
        if (agent == null || agent.pronoun() || lex.isTimeWord(toks.get(agent.first()).lower()) || from >= k) {
            return null;
        }
        String head = toks.get(agent.last()).lower();
        if (!NounPhrases.hasName(toks, agent, sf) && !lex.isDocument(head) && !head.endsWith("s")) {
            return null; // "explained by great demand": a cause, not a source
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, agent);
        return Draft.of(ClaimKind.INDIRECT, toks.get(shown.first()).from(), toks.get(shown.last()).to(), false, cueTok, cue,
                toks.get(from).from(), toks.get(by - 1).to(), s, false);
    }
}
