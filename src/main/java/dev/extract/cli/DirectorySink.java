package dev.extract.cli;

import dev.extract.json.JsonOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One {@code NAME.json} per input in a folder (error records included), each written to a temporary
 * file and renamed into place, so a reader never sees half a file.
 */
final class DirectorySink implements Sink {
    private final Path dir;
    private final JsonOutput json;
    private final Set<String> used = new HashSet<>();
    private final Object lock = new Object();
    private Path inProgress;
    private boolean aborted;

    DirectorySink(Path dir, JsonOutput json) throws IOException {
        this.dir = dir;
        this.json = json;
        Files.createDirectories(dir);
    }

    @Override
    public void accept(Result r) throws IOException {
        String doc = r.isError() ? json.writeError(r.id(), r.errorCode(), r.errorMessage()) : r.json();
        synchronized (lock) {
            if (aborted) {
                return;
            }
            Path target = dir.resolve(uniqueName(r.job().outputName()) + ".json");
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".extract-", ".tmp");
            inProgress = tmp;
            try {
                Files.writeString(tmp, doc + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
                inProgress = null;
            }
        }
    }

    // Two inputs with one name (a.txt in two folders given separately) must not overwrite each other.
    private String uniqueName(String name) {
        String n = name;
        for (int i = 2; !used.add(n); i++) {
            n = name + "-" + i;
        }
        return n;
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
