package dev.extract.text;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an article's reference date came from, in order of precedence. */
public enum ReferenceDateSource {
    OPTION, INPUT, DATELINE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
