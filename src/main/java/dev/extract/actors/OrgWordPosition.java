package dev.extract.actors;

import dev.extract.lang.Coded;

/** Where a word of org_words.tsv works in a name. */
enum OrgWordPosition implements Coded {
    /** Anywhere in the name: "Singapore Airlines", "Bank of England". */
    HEAD("head"),
    /** A legal form at the end: "Zorbex Inc". */
    SUFFIX("suffix"),
    /** Only lets "of" continue a name: "Republic of Korea". */
    OF("of"),
    /** Two words that override the head's subtype wherever they stand: "Central Bank". */
    PHRASE("phrase");

    private final String code;

    OrgWordPosition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
