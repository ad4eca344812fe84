package dev.extract.cli;

import dev.extract.view.Renderer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * All output in one regular file: written to a temporary file beside it and renamed over it only when the
 * run commits. A failure, a signal or running out of memory removes the temporary file (or, with
 * {@code --keep-partial}, keeps its whole lines as {@code TARGET.partial}); the previous file survives.
 */
final class FileSink implements Sink {
    private final Path target;
    private final Path tmp;
    private final boolean keepPartial;
    private final PrintStream err;
    private final OutputStream stream;
    private final StreamSink lines;
    private boolean done;

    FileSink(Path target, Renderer renderer, boolean errorRecords, boolean keepPartial, PrintStream err) throws IOException {
        this(target, renderer, errorRecords, keepPartial, err, UnaryOperator.identity());
    }

    /** @param wrap wraps the temporary file's stream (tests use it to fail a write) */
    FileSink(Path target, Renderer renderer, boolean errorRecords, boolean keepPartial, PrintStream err,
             UnaryOperator<OutputStream> wrap) throws IOException {
        this.target = target.toAbsolutePath();
        this.keepPartial = keepPartial;
        this.err = err;
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.tmp = newTempFile(parent);
        OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.WRITE);
        keepMode(this.target, tmp);
        this.stream = wrap.apply(new BufferedOutputStream(raw, 1 << 16));
        this.lines = new StreamSink(stream, renderer, errorRecords);
    }

    /**
     * A new empty file named {@code .extract-RANDOM.tmp}, created by the OS with mode 0666 less the umask
     * (Files.createTempFile would force 0600 on every output).
     */
    static Path newTempFile(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(".extract-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return p;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    // Replacing a file keeps its permissions, as a shell redirection would.
    private static void keepMode(Path target, Path tmp) {
        try {
            if (Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the default mode
        }
    }

    @Override
    public void accept(Result result) throws IOException {
        try {
            lines.accept(result);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + Messages.reason(e), e);
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        if (done) {
            return;
        }
        try {
            lines.commit();
            stream.close();
            move(tmp, target);
            done = true;
        } catch (IOException e) {
            discard();
            throw new IOException("cannot write " + target + ": " + Messages.reason(e), e);
        }
    }

    @Override
    public void abort() {
        lines.abort();
        discard();
    }

    @Override
    public void close() {
        discard();
    }

    private synchronized void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the partial output is being thrown away or kept as it is
        }
        try {
            if (keepPartial) {
                Path partial = target.resolveSibling(target.getFileName() + ".partial");
                move(tmp, partial);
                err.println("extract: " + Messages.clean("partial output kept in " + partial));
            } else {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            err.println("extract: " + Messages.clean("cannot remove " + tmp + ": " + Messages.reason(e)));
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
