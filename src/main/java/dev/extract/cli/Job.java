package dev.extract.cli;

import dev.extract.source.SourceText;
import dev.extract.source.InputException;
import dev.extract.text.ReferenceDate;

/**
 * One article to extract, read lazily on a worker thread: a file, standard input, or a JSON Lines line.
 * {@link #load()} reads and decodes it, or throws an {@link InputException} that becomes an error record.
 */
interface Job {
    /** The id reported in the output: the path as given, or the input line's id. */
    String id();

    /** A base name for a per-input output file. */
    String outputName();

    Loaded load() throws InputException;

    /** About how many characters the input holds, known before it is loaded (0 when unknown). */
    default long weight() {
        return 0;
    }

    /**
     * The text, the dates the input itself offers for the reference date (never null) and a warning (may be
     * null); {@code from} is set when the input was not plain text (a web page, a feed record).
     */
    record Loaded(String id, String text, ReferenceDate reference, String warning, SourceText from) {
        Loaded(String id, String text, ReferenceDate reference, String warning) {
            this(id, text, reference, warning, null);
        }

        static Loaded of(SourceText s) {
            return new Loaded(s.id(), s.text(), s.reference(), s.warning(), s);
        }
    }
}
