package dev.extract.text;


/**
 * Where an article's reference date came from, in order of precedence: the option, the input record's date
 * field, the web page's publication date (HTML metadata), a dateline in the text, a publication line in the
 * text ("(Published Monday, Nov. 18, 2019)").
 */
public enum ReferenceDateSource {
    OPTION, INPUT, HTML, DATELINE, PUBLISHED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
