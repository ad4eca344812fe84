package dev.extract.actors;

import com.fasterxml.jackson.annotation.JsonValue;
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

    @JsonValue
    public String jsonName() {
        return code();
    }
}
