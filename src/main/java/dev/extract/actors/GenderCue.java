package dev.extract.actors;

import dev.extract.lang.Coded;

/** Where a word of gender_words.tsv shows a gender: a title with the name, or a pronoun after it. */
enum GenderCue implements Coded {
    TITLE("title"), PRONOUN("pronoun");

    private final String code;

    GenderCue(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
