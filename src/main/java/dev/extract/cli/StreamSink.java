package dev.extract.cli;

import dev.extract.json.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes results to a stream: one JSON document per result, each followed by a newline and written in a
 * single call, so an interrupted run leaves only whole lines. Error records are written only in
 * JSON Lines mode; a single pretty article's error goes to stderr alone. A stream it owns (a device or
 * named pipe opened for {@code -o}) is closed with it; standard output is only flushed.
 */
final class StreamSink implements Sink {
    private final OutputStream out;
    private final JsonOutput json;
    private final boolean errorRecords;
    private final String ownedName;
    private final Object lock = new Object();
    private boolean aborted;

    StreamSink(OutputStream out, JsonOutput json, boolean errorRecords) {
        this(out, json, errorRecords, null);
    }

    /** @param ownedName the name of a stream this sink opened and closes (for messages), or null */
    StreamSink(OutputStream out, JsonOutput json, boolean errorRecords, String ownedName) {
        this.out = out;
        this.json = json;
        this.errorRecords = errorRecords;
        this.ownedName = ownedName;
    }

    @Override
    public void accept(Result r) throws IOException {
        String doc;
        if (r.isError()) {
            if (!errorRecords) {
                return;
            }
            doc = json.writeError(r.id(), r.errorCode(), r.errorMessage());
        } else {
            doc = r.json();
        }
        byte[] bytes = (doc + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (lock) {
            if (aborted) {
                return;
            }
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                throw named(e);
            }
        }
    }

    private IOException named(IOException e) {
        return ownedName == null ? e : new IOException("cannot write " + ownedName + ": " + Messages.reason(e), e);
    }

    @Override
    public void commit() throws IOException {
        synchronized (lock) {
            out.flush();
        }
    }

    @Override
    public void abort() {
        synchronized (lock) {
            aborted = true;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            try {
                if (ownedName != null) {
                    out.close();
                } else {
                    out.flush();
                }
            } catch (IOException e) {
                throw named(e);
            }
        }
    }
}
