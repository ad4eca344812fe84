package dev.extract.claims;

import dev.extract.lang.Coded;

/** What part of speech a reporting cue of cues.tsv is, and so which pattern reads it. */
enum CuePos implements Coded {
    /** A reporting verb: "said", "believes". */
    VERB("verb"),
    /** A cue noun with an owner: "the ministry's estimate that". */
    NOUN("noun"),
    /** A multi-word preposition: "according to". */
    PREP("prep"),
    /** A dash between a quote and its source: "“…” – Commissioner X". */
    DASH("dash");

    private final String code;

    CuePos(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
