package dev.extract.claims;

import dev.extract.text.Sentence;
import dev.extract.text.Token;

/** A reporting cue where it stands: its sentence, token index, token, entry, and whether it is negated or a gerund. */
record CueSite(Sentence s, int k, Token tok, Lexicon.CueEntry cue, boolean negated, boolean gerund) {

    /** The claim of this cue with speaker {@code sp} and content [cFrom, cTo), or null when that is empty. */
    Draft draft(ClaimKind kind, SpeakerSpan sp, int cFrom, int cTo, boolean negated) {
        return Draft.of(kind, sp.from(), sp.to(), sp.pronoun(), tok, cue, cFrom, cTo, s, negated);
    }
}
