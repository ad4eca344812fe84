package dev.extract.figures;

import dev.extract.lang.Coded;

/**
 * How a figure is hedged or bounded, the {@code qualifier} field of the output; the second column of
 * {@code qualifiers.tsv} names one of these codes.
 */
enum Qualifier implements Coded {
    APPROXIMATELY("approximately"),
    MORE_THAN("moreThan"),
    AT_LEAST("atLeast"),
    LESS_THAN("lessThan"),
    AT_MOST("atMost"),
    UP_TO("upTo"),
    JUST_UNDER("justUnder"),
    JUST_OVER("justOver"),
    EXACTLY("exactly");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
