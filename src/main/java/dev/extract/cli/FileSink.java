package dev.extract.cli;

import dev.extract.json.JsonOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** All output in one file: written to a temporary file beside it and renamed into place when done. */
final class FileSink implements Sink {
    private final Path target;
    private final Path tmp;
    private final OutputStream stream;
    private final StreamSink lines;

    FileSink(Path target, JsonOutput json, boolean errorRecords) throws IOException {
        this.target = target.toAbsolutePath();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.tmp = Files.createTempFile(parent, ".extract-", ".tmp");
        this.stream = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        this.lines = new StreamSink(stream, json, errorRecords);
    }

    @Override
    public void accept(Result result) throws IOException {
        lines.accept(result);
    }

    /** On interrupt the lines written so far are all whole; they are kept. */
    @Override
    public void abort() {
        lines.abort();
        try {
            finish();
        } catch (IOException ignored) {
            // best effort on the way out
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
        finish();
    }

    private synchronized void finish() throws IOException {
        if (!Files.exists(tmp)) {
            return;
        }
        stream.close();
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
