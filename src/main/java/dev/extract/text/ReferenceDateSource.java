package dev.extract.text;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an article's reference date came from, in order of precedence: the option, the input record's date
 * field, the web page's publication date (HTML metadata), a dateline in the text.
 */
public enum ReferenceDateSource {
    OPTION, INPUT, HTML, DATELINE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
