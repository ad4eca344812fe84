package dev.extract.actors;

import java.util.Locale;

/** The gender a person's mentions show: a given name, a title ("Mrs", "Sir") or the pronouns that follow. */
public enum Gender {
    FEMALE, MALE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "female" or "male" as written in the word lists, else null. */
    static Gender parse(String word) {
        return switch (word) {
            case "female" -> FEMALE;
            case "male" -> MALE;
            default -> null;
        };
    }
}
