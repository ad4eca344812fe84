package dev.extract.text;

import dev.extract.lang.Coded;
import java.util.Locale;

/**
 * What the output's {@code referenceDateSource} says about where an article's reference date came from:
 * the option, the input record, the web page's publication date (HTML metadata), a dateline in the text, a
 * publication line in the text ("(Published Monday, Nov. 18, 2019)"). {@link ReferenceDate} decides which.
 */
public enum ReferenceDateSource implements Coded {
    OPTION, INPUT, HTML, DATELINE, PUBLISHED;

    /** The lower-case name, as written in the output. */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
