package dev.extract.claims;

import dev.extract.lang.Coded;

/** A flag of a cue's frame in cues.tsv (the particles, "particle=a/b", are read apart). */
enum CueFrame implements Coded {
    /** The cue takes the hearer before the content: "told reporters the talks had failed". */
    OBJECT("object"),
    /** Only a that-clause, a colon or a quote marks a statement: "added that", but "adding the words to". */
    MARKED("marked"),
    /** A wh-clause or question is what was said: "asked whether". */
    QUESTION("question"),
    /** An unmarked content needs a document or survey as subject: "the poll found", not "police found". */
    DOCUMENT("document"),
    /** After an indefinite phrase the verb names rather than reports: "a group called X". */
    NOT_INDEFINITE("notIndefinite"),
    /** The verb reports only with one of its particles. */
    NEEDS_PARTICLE("needsParticle"),
    /** A belief about what will be (expect, estimate, predict): a claim of its own even inside another's content. */
    FORECAST("forecast"),
    /** The form is mostly a noun in news ("state senator", "swing states"): a cue only where tagged as a verb. */
    NOUN_FORM("nounForm"),
    /** The writer's impression with no source: "Mr. Putin seemed most concerned with …". */
    IMPRESSION("impression"),
    /** The verb reports only before a to-infinitive: "refused to endorse him", not "shares declined 5 percent". */
    INFINITIVE("infinitive"),
    /** The verb reports only when its object is followed by "as": "sees Clinton as the stronger candidate", not "saw the incident". */
    AS_COMPLEMENT("asComplement");

    private final String code;

    CueFrame(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
