package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.NounPhrases;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "Moves against the stations led to their removal, said Jeffrey N. Trimble, a senior official": a speaker
 * after the cue, the proposition the clause before the comma.
 */
final class PostposedSpeakers {
    /** Words that join a post-posed speaker to its complement or second title, and how many are followed. */
    private static final Set<String> SPEAKER_LINKS = Lexicon.get().words(WordSet.SPEAKER_LINKS);
    private static final int SPEAKER_COMPLEMENTS_MAX = 3;
    /** How far back the proposition's finite verb is looked for, in tokens. */
    private static final int VERB_REACH = 40;

    private final List<Token> toks;
    private final QuoteIndex quotes;

    PostposedSpeakers(List<Token> toks, QuoteIndex quotes) {
        this.toks = toks;
        this.quotes = quotes;
    }

    Draft at(Sentence s, int k, int comma, Token cueTok, Lexicon.CueEntry cue) {
        int se = s.endToken();
        NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, k + 1, se);
        if (np == null || np.pronoun() || quotes.endingBefore(toks.get(comma).from()) != null) {
            return null;
        }
        int after = np.last() + 1;
        // "said former Gov. Bill Richardson of New Mexico, …", "said lobbyist and GOP strategist Charlie Black":
        // a complement or a second title belongs to the speaker
        for (int hop = 0; hop < SPEAKER_COMPLEMENTS_MAX && after < se && SPEAKER_LINKS.contains(toks.get(after).lower()); hop++) {
            NounPhrases.Np more = Lexicon.PHRASES.startingAt(toks, after + 1, se);
            if (more == null || more.pronoun()) {
                break;
            }
            if (toks.get(after).lower().equals("and")) {
                np = new NounPhrases.Np(np.first(), more.last(), false);
            }
            after = more.last() + 1;
        }
        if (after < Clauses.trimEnd(toks, after, se) && !toks.get(after).text().equals(",")) {
            return null; // "…, said the words aloud": the sentence goes on
        }
        int from = Clauses.trimStart(toks, s.firstToken(), comma);
        int to = Clauses.trimEnd(toks, from, comma);
        if (to <= from || !hasFiniteVerb(Math.max(from, to - VERB_REACH), to)) { // bounded look-back
            return null;
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, np);
        return Draft.of(cue.belief() ? ClaimKind.BELIEF : ClaimKind.INDIRECT, toks.get(shown.first()).from(),
                toks.get(shown.last()).to(), false, cueTok, cue, toks.get(from).from(), toks.get(to - 1).to(), s, false);
    }

    private boolean hasFiniteVerb(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.tag().equals("AUX") || t.isVerb() && !t.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }
}
