package dev.extract.actors;

import dev.extract.lang.Coded;

/** What a word of place_words.tsv does to a name: heads a place of a subtype, or opens a place's name. */
enum PlaceWordKind implements Coded {
    FACILITY("facility", Subtype.FACILITY), GEOGRAPHIC("geographic", Subtype.GEOGRAPHIC), REGION("region", Subtype.REGION),
    /** A compass word before a place ("West Midlands", "North Kivu"). */
    PREFIX("prefix", null),
    /** A word that opens a place's name and no person's ("St Pauli", "Port Vale"). */
    OPENER("opener", null);

    private final String code;
    private final Subtype subtype;

    PlaceWordKind(String code, Subtype subtype) {
        this.code = code;
        this.subtype = subtype;
    }

    @Override
    public String code() {
        return code;
    }

    /** The subtype of a place this word heads, or null for a prefix or opener. */
    Subtype subtype() {
        return subtype;
    }
}
