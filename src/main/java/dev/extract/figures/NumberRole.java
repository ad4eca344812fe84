package dev.extract.figures;

import dev.extract.lang.Coded;

/** The part a number word plays in the grammar of number phrases (figures column of {@code common/number-words.tsv}). */
enum NumberRole implements Coded {
    /** 0-9. */
    UNIT("unit"),
    /** 10-19. */
    TEEN("teen"),
    /** 20-90. */
    TENS("tens"),
    /** "hundred": multiplies what precedes it within a group. */
    HUNDRED("hundred"),
    /** thousand, million, lakh…: multiplies what precedes it and closes a group. */
    SCALE("scale"),
    /** half, third: an amount only after a number or an article ("a third"), or "half" alone. */
    FRACTION("fraction"),
    /** thirds, quarters: plural fractions after a number ("three quarters"). */
    FRACTIONS("fractions"),
    /** ½, ¾: a fraction sign, a number alone or after digits ("2½"). */
    FRACTION_SIGN("fractionSign");

    private final String code;

    NumberRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** unit, teen or tens: a word a scale or "hundred" may be followed by ("two hundred and five"). */
    boolean small() {
        return this == UNIT || this == TEEN || this == TENS;
    }
}
