package dev.extract.claims;

import java.util.List;

/**
 * A statement the article attributes to a source.
 *
 * @param id       {@code c1}, {@code c2}, … in text order
 * @param kind     how the source is attributed (direct, indirect, mixed, accordingTo, nounCue, floating, belief, noComment)
 * @param speaker  who said it, or null when the article does not say
 * @param cue      the reporting words ("said", "according to")
 * @param content  the reported proposition
 * @param hedged   hedging words inside the claim ("reportedly", "could")
 * @param negated  true when the cue is negated
 * @param date     TIMEX3 value of when the claim was made, when the text gives it
 * @param figures  ids of the figures inside the content
 * @param dates    ids of the dates inside the content
 */
public record Claim(
        String id, ClaimKind kind,
        Speaker speaker, Cue cue, Content content,
        List<String> hedged,
        boolean negated,
        String date,
        List<String> figures,
        List<String> dates) {

    /** @param actor id of the actor the speaker refers to; @param resolution "name", "pronoun", "description" */
    public record Speaker(String text, int start, int end, String actor,
                          String resolution) {
    }

    /**
     * @param lemma    the cue's base form ("say", "according to")
     * @param stance   neutral, endorsing, distancing, belief, denial
     * @param sentence 0-based index of the sentence that holds the cue
     */
    public record Cue(String text, int start, int end, String lemma, String stance, int sentence) {
    }

    /**
     * @param pieces the quoted pieces when a direct content runs over its attribution ("“…,” she said. “…”"): the
     *               words without the attribution between them; empty when the content is one piece
     */
    public record Content(String text, int start, int end, int sentence, List<Piece> pieces) {
        public Content(String text, int start, int end, int sentence) {
            this(text, start, end, sentence, List.of());
        }
    }

    /** A span of a content's text. */
    public record Piece(String text, int start, int end) {
    }
}
