package dev.extract.cli;

import java.io.IOException;

/**
 * Where results go, in input order. Implementations write each result whole or not at all. Output becomes
 * final only on {@link #commit()}: closing a sink that was not committed (a failure, out of memory, a
 * signal) leaves whatever was there before.
 */
interface Sink extends AutoCloseable {
    void accept(Result result) throws IOException;

    /**
     * Asked in input order before a job is extracted: true when its output is already there and the job is
     * to be skipped ({@code --skip-existing}). A sink that answers must name outputs the same way when
     * accepting, so a resumed run writes exactly the files a full run would.
     */
    default boolean skip(Job job) {
        return false;
    }

    /** The run is complete: make the output final (rename a temporary file into place). */
    void commit() throws IOException;

    /** Stop at once (interrupt): leave only complete output behind, never a half-written target. */
    void abort();

    /** Releases the output; without a commit first, discards what this run wrote to a file. */
    @Override
    void close() throws IOException;

    /** Writing one result failed (a name the file system refuses); the batch goes on without it. */
    final class RecordNotWritten extends IOException {
        RecordNotWritten(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
