package dev.extract.cli;

import dev.extract.text.ReferenceDate;
import dev.extract.source.SingleInput;
import dev.extract.source.SourceText;
import dev.extract.source.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A plain-text article in a file, or on standard input when {@code path} is null. */
final class FileJob implements Job {
    private final Path path;
    private final String id;
    private final String outputName;
    private final TextDecoder decoder;
    private final long maxBytes;

    FileJob(Path path, String id, String outputName, TextDecoder decoder, long maxBytes) {
        this.path = path;
        this.id = id;
        this.outputName = outputName;
        this.decoder = decoder;
        this.maxBytes = maxBytes;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String outputName() {
        return outputName;
    }

    @Override
    public long weight() {
        try {
            return path != null && Files.isRegularFile(path) ? Math.min(Files.size(path), maxBytes) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public Loaded load() throws InputException {
        byte[] bytes = path == null ? readStdin() : readFile();
        SourceText page = SingleInput.read(id, path == null ? null : String.valueOf(path.getFileName()), bytes, maxBytes);
        if (page != null) {
            decoder.check(page.text()); // a page without a title or any text is empty
            return Loaded.of(page);
        }
        TextDecoder.Decoded d = decoder.decode(bytes);
        return new Loaded(id, d.text(), ReferenceDate.NONE, d.warning().orElse(null));
    }

    private byte[] readStdin() throws InputException {
        try {
            return readCapped(System.in);
        } catch (IOException e) {
            throw new InputException("unreadable", "cannot read standard input: " + Messages.reason(e));
        }
    }

    private byte[] readFile() throws InputException {
        if (Files.isDirectory(path)) {
            throw new InputException("unreadable", "is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readCapped(in);
        } catch (NoSuchFileException e) {
            throw new InputException("not-found", Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException("unreadable", "permission denied");
        } catch (IOException e) {
            throw new InputException("unreadable", "cannot read: " + Messages.reason(e));
        }
    }

    // A UTF-8 character is at most 4 bytes: reading past 4 × max-chars cannot give an acceptable input.
    private byte[] readCapped(InputStream in) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputException("too-large", "input is over the --max-chars limit");
        }
        return bytes;
    }
}
