package dev.extract.claims;

import dev.extract.text.Quotations;
import dev.extract.text.QuoteIndex;
import dev.extract.text.NounPhrases;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;

/**
 * A quote credited with a dash and a name: "“We will not give up.” – Commissioner Ylva Johansson". The name
 * must end the sentence (or be followed only by a description after a comma), so that a dash after a
 * scare-quoted phrase in running text is not taken for a credit.
 */
final class DashCredits {
    private final Document doc;
    private final List<Token> toks;
    private final QuoteIndex quotes;

    DashCredits(Document doc, QuoteIndex quotes) {
        this.doc = doc;
        this.toks = doc.tokens();
        this.quotes = quotes;
    }

    /** The claim credited by the dash at token {@code k}, or null. */
    Draft at(Sentence s, int k) {
        Lexicon.CueEntry cue = Lexicon.get().dash(toks.get(k).text());
        int se = s.endToken();
        if (cue == null || k == 0 || !Clauses.QUOTE_CLOSE.contains(toks.get(k - 1).text())) {
            return null;
        }
        Quotations.Quote q = quotes.endingBefore(toks.get(k).from());
        if (k + 1 == se && s.index() + 1 < doc.sentences().size()) {
            Sentence next = doc.sentences().get(s.index() + 1); // "”―" ending a sentence, the name opening the next
            se = next.block() == s.block() ? next.endToken() : se;
        }
        NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, k + 1, se);
        if (q == null || np == null || np.pronoun() || !NounPhrases.hasName(toks, np, -1)) {
            return null;
        }
        int after = np.last() + 1;
        if (after < Clauses.trimEnd(toks, after, se) && !toks.get(after).text().equals(",")
                && !Clauses.QUOTE_OPEN.contains(toks.get(after).text())) {
            return null; // the sentence goes on: not a credit line
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, np);
        return new Draft(ClaimKind.DIRECT, toks.get(shown.first()).from(), toks.get(shown.last()).to(), false,
                toks.get(k).from(), toks.get(k).to(), cue, q.innerFrom(), q.innerTo(), s.index(), false);
    }
}
