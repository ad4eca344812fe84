package dev.extract.figures;

import dev.extract.lang.Coded;

/**
 * What a cue of {@code units.tsv} (second column) makes of the number before it: a figure of some kind, or
 * something that is no figure (a duration or a clock time, left to the dates extractor; an ordinal suffix
 * makes a rank).
 */
enum UnitKind implements Coded {
    PERCENT("percent", FigureKind.PERCENT),
    PERCENTAGE_POINTS("percentagePoints", FigureKind.PERCENTAGE_POINTS),
    MULTIPLIER("multiplier", FigureKind.MULTIPLIER),
    MEASURE("measure", FigureKind.MEASURE),
    AGE("age", FigureKind.AGE),
    DURATION("duration", null),
    TIME("time", null),
    ORDINAL_SUFFIX("ordinalSuffix", FigureKind.RANK),
    /** Points of an index or a score: a measure only after a change word ("fell 190 points"), else no unit. */
    CHANGE_POINTS("changePoints", FigureKind.MEASURE);

    private final String code;
    private final FigureKind figure;

    UnitKind(String code, FigureKind figure) {
        this.code = code;
        this.figure = figure;
    }

    @Override
    public String code() {
        return code;
    }

    /** The kind of figure a number with this unit is, or null for a duration or a clock time. */
    FigureKind figure() {
        return figure;
    }

    /** A duration or a clock time: the dates extractor's. */
    boolean ofTime() {
        return this == DURATION || this == TIME;
    }
}
