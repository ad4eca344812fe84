package dev.extract.cli;

import dev.extract.source.SourceText;
import dev.extract.source.InputException;
import java.time.LocalDate;

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
     * The text, its reference date from the input itself (may be null) and a warning (may be null);
     * {@code from} is set when the input was not plain text (a web page, a feed record).
     */
    record Loaded(String id, String text, LocalDate referenceDate, String warning, SourceText from) {
        Loaded(String id, String text, LocalDate referenceDate, String warning) {
            this(id, text, referenceDate, warning, null);
        }

        static Loaded of(SourceText s) {
            return new Loaded(s.id(), s.text(), s.referenceDate(), s.warning(), s);
        }
    }
}
