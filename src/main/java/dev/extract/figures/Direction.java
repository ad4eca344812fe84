package dev.extract.figures;

import dev.extract.lang.Coded;

/** The direction of a change a sentence states for a figure, the {@code change} field of the output. */
enum Direction implements Coded {
    UP("up"),
    DOWN("down");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
