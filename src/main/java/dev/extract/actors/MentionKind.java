package dev.extract.actors;

import dev.extract.lang.Coded;

/** How a mention names its actor; the code is written in the output's mention {@code kind}. */
public enum MentionKind implements Coded {
    NAME("name"), ACRONYM("acronym"), TITLE("title"), DESCRIPTION("description"), DEMONYM("demonym"),
    METONYM("metonym"), PRONOUN("pronoun");

    private final String code;

    MentionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
