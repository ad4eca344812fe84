package dev.extract.claims;

/** How a claim is attributed; written in JSON by its camelCase label. */
public enum ClaimKind {
    /** Quoted words with their source: "…," she said; X said: "…"; "…" – X; PENCE: …. */
    DIRECT("direct"),
    /** A reported proposition: X said that …; …, X announced. */
    INDIRECT("indirect"),
    /** An indirect claim holding a quoted fragment. */
    MIXED("mixed"),
    /** …, according to X; In a CNN poll, …. */
    ACCORDING_TO("accordingTo"),
    /** A cue noun with its owner: the ministry's estimate that …; In a statement, X said …. */
    NOUN_CUE("nounCue"),
    /** A quoted paragraph with no cue that carries on the speaker of the quote before it. */
    FLOATING("floating"),
    /** An opinion, intention or position rather than a statement: X wants, agrees, plans, believes …. */
    BELIEF("belief"),
    /** A source asked who gave nothing: declined to comment, did not respond to a request for comment. */
    NO_COMMENT("noComment");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
