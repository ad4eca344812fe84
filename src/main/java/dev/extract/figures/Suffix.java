package dev.extract.figures;

import dev.extract.lang.Coded;
import java.math.BigDecimal;

/** A magnitude suffix ("bn", "m"): its multiplier and whether it is a magnitude only for money. */
record Suffix(BigDecimal multiplier, boolean moneyOnly) {

    /** Where a suffix is a magnitude (third column of {@code suffixes.tsv}): after any number, or only in money. */
    enum SuffixNeed implements Coded {
        ANY("any"), MONEY("money");

        private final String code;

        SuffixNeed(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
