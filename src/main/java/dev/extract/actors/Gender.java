package dev.extract.actors;

import dev.extract.lang.Coded;
import java.util.Locale;

/** The gender a person's mentions show: a given name, a title ("Mrs", "Sir") or the pronouns that follow. */
public enum Gender implements Coded {
    FEMALE, MALE;

    /** "female" or "male", as written in the word lists and the output. */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code, under the name the output writer and the spec format used before value sets were Coded. */
    public String jsonName() {
        return code();
    }
}
