package dev.extract.cli;

import dev.extract.view.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code NAME.EXT} per input in a folder ({@code .json}, {@code .csv}, {@code .html} … by format; JSON
 * error records included), each written to a temporary
 * file and renamed into place, so a reader never sees half a file. Names come from the input's name or
 * id, made safe (letters, digits, {@code . _ -}; no hidden or parent names; at most
 * {@value #MAX_NAME_BYTES} bytes) and unique within the run. A file that cannot be written is reported
 * and the batch goes on.
 */
final class DirectorySink implements Sink {
    static final int MAX_NAME_BYTES = 120;

    private final Path dir;
    private final Renderer renderer;
    private final Set<String> used = new HashSet<>();
    private final boolean skipExisting;
    private final java.util.Map<Job, String> reserved = new java.util.IdentityHashMap<>();
    private final Object lock = new Object();
    private Path inProgress;
    private boolean aborted;

    DirectorySink(Path dir, Renderer renderer) throws IOException {
        this(dir, renderer, false);
    }

    /** @param skipExisting skip inputs whose output file exists (resuming a run that stopped) */
    DirectorySink(Path dir, Renderer renderer, boolean skipExisting) throws IOException {
        this.skipExisting = skipExisting;
        this.dir = dir;
        this.renderer = renderer;
        Files.createDirectories(dir);
    }

    @Override
    public void accept(Result r) throws IOException {
        String doc = r.isError() ? renderer.error(r.id(), r.errorCode(), r.errorMessage())
                : renderer.prologue() + r.doc() + renderer.epilogue();
        if (doc == null) {
            return; // this format has no error records: stderr has said it
        }
        synchronized (lock) {
            if (aborted) {
                return;
            }
            String name = reserved.remove(r.job());
            Path target = dir.resolve((name != null ? name : uniqueName(r.job().outputName())) + "."
                    + renderer.extension());
            try {
                write(target, doc);
            } catch (IOException e) {
                throw new RecordNotWritten("cannot write " + target + ": " + Messages.reason(e), e);
            }
        }
    }

    private void write(Path target, String doc) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = FileSink.newTempFile(target.getParent());
        inProgress = tmp;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(doc.getBytes(StandardCharsets.UTF_8));
            }
            FileSink.move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
            inProgress = null;
        }
    }

    // Names are reserved in input order, as accept would give them, so that a resumed run matches a full one.
    @Override
    public boolean skip(Job job) {
        if (!skipExisting) {
            return false;
        }
        synchronized (lock) {
            String name = uniqueName(job.outputName());
            if (Files.exists(dir.resolve(name + "." + renderer.extension()))) {
                return true;
            }
            reserved.put(job, name);
            return false;
        }
    }

    // Two inputs with one name (a.txt in two folders given separately) must not overwrite each other;
    // case is ignored so that a case-insensitive file system keeps them apart too.
    private String uniqueName(String name) {
        String safe = safeName(name);
        String n = safe;
        for (int i = 2; !used.add(n.toLowerCase(Locale.ROOT)); i++) {
            n = safe + "-" + i;
        }
        return n;
    }

    /** Each {@code /}-separated part made safe and bounded: a long id gets a cut name plus a hash of the whole. */
    static String safeName(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("/", -1)) {
            String p = part.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceFirst("^\\.+", "");
            if (p.isEmpty()) {
                p = "_";
            }
            if (p.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                p = cut(p, MAX_NAME_BYTES - 9) + "-" + String.format("%08x", part.hashCode());
            }
            out.append(out.length() > 0 ? "/" : "").append(p);
        }
        return out.toString();
    }

    private static String cut(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    @Override
    public void commit() {
        // every file is complete when accept returns
    }

    @Override
    public void abort() {
        synchronized (lock) {
            aborted = true;
            if (inProgress != null) {
                try {
                    Files.deleteIfExists(inProgress);
                } catch (IOException ignored) {
                    // best effort on the way out
                }
            }
        }
    }

    @Override
    public void close() {
        // every file is complete when accept returns
    }
}
