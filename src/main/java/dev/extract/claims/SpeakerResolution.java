package dev.extract.claims;

import dev.extract.lang.Coded;

/** How a claim's speaker was tied to an actor; written in JSON as {@code speaker.resolution} by its code. */
public enum SpeakerResolution implements Coded {
    /** The speaker's words name the actor (or are one of its mentions). */
    NAME("name"),
    /** A pronoun ("she", "it") resolved to the nearest fitting actor before it. */
    PRONOUN("pronoun"),
    /** A description ("the company") resolved to the nearest fitting actor before it. */
    DESCRIPTION("description");

    private final String code;

    SpeakerResolution(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
