package dev.extract.claims;

/**
 * A claim as the patterns find it, before speakers are resolved and ids given. Indices are UTF-16
 * ({@code -1} when absent); {@code cue} is null for a floating quote.
 */
record Draft(ClaimKind kind,
             int speakerFrom, int speakerTo, boolean pronoun,
             int cueFrom, int cueTo, Lexicon.CueEntry cue,
             int contentFrom, int contentTo,
             int sentence, boolean negated) {

    /** A claim found at cue token {@code cueTok} of sentence {@code s}, or null when its content is empty. */
    static Draft of(ClaimKind kind, int spFrom, int spTo, boolean pronoun, dev.extract.text.Token cueTok,
                    Lexicon.CueEntry cue, int cFrom, int cTo, dev.extract.text.Sentence s, boolean negated) {
        if (cTo <= cFrom) {
            return null;
        }
        return new Draft(kind, spFrom, spTo, pronoun, cueTok.from(), cueTok.to(), cue, cFrom, cTo, s.index(), negated);
    }

    boolean hasSpeaker() {
        return speakerFrom >= 0;
    }

    /** Where the claim sits in the text, for ordering: the earlier of its cue and its content (a noComment has none). */
    int position() {
        if (contentFrom < 0) {
            return cueFrom;
        }
        return cueFrom < 0 ? contentFrom : Math.min(cueFrom, contentFrom);
    }

    Draft withContent(int from, int to) {
        return new Draft(kind, speakerFrom, speakerTo, pronoun, cueFrom, cueTo, cue, from, to, sentence, negated);
    }

    Draft withKind(ClaimKind k) {
        return new Draft(k, speakerFrom, speakerTo, pronoun, cueFrom, cueTo, cue, contentFrom, contentTo, sentence, negated);
    }
}
