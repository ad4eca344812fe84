package dev.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Records read one ahead from a stream (JSON, CSV, WARC). A read that fails ends the stream with one error
 * record, so the records before it are kept and the failure is reported, never thrown at the batch.
 */
abstract class RecordStream implements Iterator<RecordSources.Item> {
    private final InputStream in;
    private boolean done;
    private RecordSources.Item ahead;

    RecordStream(InputStream in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input; may call {@link #finish()} after a last record. */
    abstract RecordSources.Item advance() throws IOException;

    /** The error record for a read that failed with {@code e}; the stream ends after it. */
    abstract RecordSources.Item failedRead(Exception e);

    /** Closes what the format's reader opened over the stream; the stream itself is closed after it. */
    void closeReader() throws IOException {
    }

    @Override
    public final boolean hasNext() {
        while (ahead == null && !done) {
            try {
                ahead = advance();
                if (ahead == null) {
                    finish();
                }
            } catch (IOException | RuntimeException e) {
                ahead = failedRead(e);
                finish();
            }
        }
        return ahead != null;
    }

    @Override
    public final RecordSources.Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RecordSources.Item i = ahead;
        ahead = null;
        return i;
    }

    /** Ends the stream: nothing more is read, and what was open is closed. */
    final void finish() {
        if (done) {
            return;
        }
        done = true;
        try {
            closeReader();
            in.close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
    }
}
