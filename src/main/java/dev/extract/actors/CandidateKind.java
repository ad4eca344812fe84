package dev.extract.actors;

/** How a candidate mention was found, before aliases are merged; {@link #written()} is its kind in the output. */
enum CandidateKind {
    NAME(MentionKind.NAME), ACRONYM(MentionKind.ACRONYM), DEMONYM(MentionKind.DEMONYM), METONYM(MentionKind.METONYM),
    DESCRIPTION(MentionKind.DESCRIPTION),
    /** A bare organisation word ("the Church"), kept only if it shortens the one organisation named with it. */
    HEAD(MentionKind.NAME);

    private final MentionKind written;

    CandidateKind(MentionKind written) {
        this.written = written;
    }

    MentionKind written() {
        return written;
    }
}
