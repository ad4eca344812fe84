package dev.extract.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code --format} names. */
public enum OutputFormat {
    JSON, JSONL, HTML, TSV, CSV, TEXT;

    /** The format named (any case), or an IllegalArgumentException that lists the names. */
    public static OutputFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + names() + ", not '" + name + "'");
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::toString).collect(Collectors.joining(", "));
    }

    /** True for the formats that write one table (and need {@code --table}). */
    public boolean isTable() {
        return this == TSV || this == CSV;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
