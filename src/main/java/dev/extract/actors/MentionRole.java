package dev.extract.actors;

import dev.extract.lang.Coded;

/** What a mention does besides naming its actor; the code is written in the output's mention {@code role}. */
public enum MentionRole implements Coded {
    /** The name stands in a photo credit or byline. */
    CREDIT("credit");

    private final String code;

    MentionRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
