package dev.extract.cli;

import dev.extract.view.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes results to a stream: the format's prologue (a table's header, a page's head) before the first
 * record, each record in a single call, so an interrupted run leaves only whole records, and the epilogue
 * on commit. Error records are written only in JSON Lines mode; a single pretty article's error goes to
 * stderr alone. A stream it owns (a device or named pipe opened for {@code -o}) is closed with it;
 * standard output is only flushed.
 */
final class StreamSink implements Sink {
    private final OutputStream out;
    private final Renderer renderer;
    private final boolean errorRecords;
    private final String ownedName;
    private final Object lock = new Object();
    private boolean aborted;
    private boolean started;
    private boolean ended;

    StreamSink(OutputStream out, Renderer renderer, boolean errorRecords) {
        this(out, renderer, errorRecords, null);
    }

    /** @param ownedName the name of a stream this sink opened and closes (for messages), or null */
    StreamSink(OutputStream out, Renderer renderer, boolean errorRecords, String ownedName) {
        this.out = out;
        this.renderer = renderer;
        this.errorRecords = errorRecords;
        this.ownedName = ownedName;
    }

    @Override
    public void accept(Result r) throws IOException {
        String doc = r.isError() ? (errorRecords ? renderer.error(r.id(), r.errorCode(), r.errorMessage()) : null)
                : r.doc();
        if (doc == null) {
            return;
        }
        synchronized (lock) {
            if (!aborted) {
                write(start() + doc);
            }
        }
    }

    private String start() {
        if (started) {
            return "";
        }
        started = true;
        return renderer.prologue();
    }

    private void write(String text) throws IOException {
        try {
            if (!text.isEmpty()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException e) {
            throw named(e);
        }
    }

    private IOException named(IOException e) {
        return ownedName == null ? e : new IOException("cannot write " + ownedName + ": " + Messages.reason(e), e);
    }

    @Override
    public void commit() throws IOException {
        synchronized (lock) {
            if (aborted || ended) {
                return;
            }
            ended = true;
            write(start() + renderer.epilogue());
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
