package dev.extract.lang;

import java.util.Arrays;

/**
 * One data row of a language-pack table: its tab-separated cells and where it was read, so that a loader
 * that finds a bad value can say which file and line to fix.
 */
public final class Row {
    private final String file;
    private final int line;
    private final String[] cells;

    Row(String file, int line, String[] cells) {
        this.file = file;
        this.line = line;
        this.cells = cells;
    }

    /** The cells, as written (the array is a copy). */
    public String[] cells() {
        return Arrays.copyOf(cells, cells.length);
    }

    /** The cells themselves, for the pack's own bare-array view of a table (which gives each row out once). */
    String[] sharedCells() {
        return cells;
    }

    /** Cell {@code i}, or "" where the row is shorter. */
    public String cell(int i) {
        return i < cells.length ? cells[i] : "";
    }

    public int size() {
        return cells.length;
    }

    /** "lang/en/figures/units.tsv:12", for messages. */
    public String where() {
        return file + ":" + line;
    }

    /** Cell {@code i} read as a member of a fixed value set; an unknown code fails with file and line. */
    public <E extends Coded> E coded(int i, E[] values) {
        E value = Coded.byCode(values, cell(i));
        if (value == null) {
            throw invalid("unknown value '" + cell(i) + "' in column " + (i + 1));
        }
        return value;
    }

    /** An error naming this row's file and line. */
    public IllegalStateException invalid(String message) {
        return new IllegalStateException(where() + ": " + message);
    }
}
