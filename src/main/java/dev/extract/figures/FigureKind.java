package dev.extract.figures;

import dev.extract.lang.Coded;

/** What a figure is: the {@code kind} field of the output (codes as written in the JSON and in schema.json). */
enum FigureKind implements Coded {
    COUNT("count"),
    MONEY("money"),
    PERCENT("percent"),
    PERCENTAGE_POINTS("percentagePoints"),
    MULTIPLIER("multiplier"),
    FRACTION("fraction"),
    RATIO("ratio"),
    AGE("age"),
    MEASURE("measure"),
    RANK("rank"),
    SCORE("score");

    private final String code;

    FigureKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
