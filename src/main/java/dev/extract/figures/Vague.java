package dev.extract.figures;

import dev.extract.lang.Coded;
import java.math.BigDecimal;

/** A vague magnitude ("tens", "several"): its bounds and whether it stands alone or needs a scale word. */
record Vague(BigDecimal low, BigDecimal high, boolean alone) {

    /** What a vague word needs to be a figure (fourth column of {@code vague.tsv}). */
    enum VagueNeed implements Coded {
        ALONE("alone"), SCALE("scale");

        private final String code;

        VagueNeed(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
