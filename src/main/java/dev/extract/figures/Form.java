package dev.extract.figures;

import dev.extract.lang.Coded;

/** How a number was written; the second part of a figure's rule name ("count/digits", "money/range+currency"). */
enum Form implements Coded {
    DIGITS("digits"),
    WORDS("words"),
    VAGUE("vague"),
    MULTIPLIER_WORD("multiplierWord"),
    DIMENSIONS("dimensions"),
    RANGE("range"),
    FRACTION("fraction");

    private final String code;

    Form(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
