package dev.extract.claims;

import dev.extract.lang.Coded;

/** How the writer stands to a cue's claim, as cues.tsv marks it; written in JSON by its code. */
public enum Stance implements Coded {
    /** A plain report: say, tell. */
    NEUTRAL("neutral"),
    /** The writer takes it as true: confirm, admit, reveal. */
    ENDORSING("endorsing"),
    /** The writer keeps it at arm's length: claim, allege, insist. */
    DISTANCING("distancing"),
    /** An opinion, intention or estimate: believe, want, expect. Gives claims of kind "belief". */
    BELIEF("belief"),
    /** The source says it is not so: deny, reject. */
    DENIAL("denial");

    private final String code;

    Stance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
