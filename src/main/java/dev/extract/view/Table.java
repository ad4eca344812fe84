package dev.extract.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tables {@code --table} names: one row per fact of a kind, or per claim–figure pair. */
public enum Table {
    FIGURES, DATES, ACTORS, CLAIMS, CLAIM_FIGURES;

    public static Table parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + names() + ", not '" + name + "'");
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(Table::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
