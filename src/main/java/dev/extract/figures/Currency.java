package dev.extract.figures;

import dev.extract.lang.Coded;
import java.math.BigDecimal;

/**
 * A currency cue: ISO code, where it stands relative to the amount (before, after, both), the factor that
 * turns the amount into the currency's main unit (1000000 for "MUSD", else 1) and the minor unit the amount
 * is written in ("cent" for "54 cents", "penny" for "85 pence"), or null.
 */
record Currency(String iso, Placement where, BigDecimal factor, String minorUnit) {
    boolean before() {
        return where != Placement.AFTER;
    }

    boolean after() {
        return where != Placement.BEFORE;
    }

    /** Where a currency cue stands relative to the amount (third column of {@code currencies.tsv}). */
    enum Placement implements Coded {
        BEFORE("before"), AFTER("after"), BOTH("both");

        private final String code;

        Placement(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
