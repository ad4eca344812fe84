package dev.extract.figures;

import java.math.BigDecimal;

/**
 * The number itself, before context makes it a figure: words {@code first..last} (inclusive) of a sentence.
 *
 * @param value      the number, null for a vague amount
 * @param low        lower bound of a vague amount or an in-word range ("15-20"), else null
 * @param high       upper bound, else null
 * @param scale      the magnitude its last word applied (1000000 for "3 million"), 1 when none; a range end
 *                   without one borrows it ("2 to 3 million")
 * @param unitCue    a unit written inside the word ("160GB", "3.5-inch", "90%"-less forms), lower case, or null
 * @param form       how it was written: digits, words, vague, multiplierWord, dimensions, ratio
 * @param compound   the noun of a hyphen compound ("131-page"), or null
 * @param currencyCue a currency code or sign glued to the digits ("115USD", "USD115", "100元"), or null
 */
record NumberPhrase(int first, int last, BigDecimal value, BigDecimal low, BigDecimal high, BigDecimal scale,
                    String unitCue, Form form, String compound, boolean yearShaped, boolean bareOne,
                    String currencyCue) {

    NumberPhrase(int first, int last, BigDecimal value, BigDecimal low, BigDecimal high, BigDecimal scale,
                 String unitCue, Form form, String compound, boolean yearShaped, boolean bareOne) {
        this(first, last, value, low, high, scale, unitCue, form, compound, yearShaped, bareOne, null);
    }

    boolean vague() {
        return form == Form.VAGUE;
    }
}
