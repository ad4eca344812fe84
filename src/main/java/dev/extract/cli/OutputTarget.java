package dev.extract.cli;

import dev.extract.view.Renderer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * What {@code -o} names, and the sink that writes there without ever destroying data: standard output
 * for {@code -} and {@code /dev/stdout}; a folder for one file per input; a device, a named pipe or a
 * {@code /dev/fd} link written through as it is; a regular file (through any symbolic links) replaced
 * only by a complete run. An output that is one of the inputs is refused.
 *
 * @param kind  what the output is
 * @param path  the folder or the regular file to replace (links resolved); null for streams
 */
record OutputTarget(Kind kind, Path path, String given) {
    enum Kind { STDOUT, FOLDER, THROUGH, FILE }

    private static final Set<String> STDOUT_NAMES = Set.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

    /** Reads {@code -o}; throws a usage error for an empty or impossible name, or one naming an input. */
    static OutputTarget of(String output, List<String> inputs) {
        if (output == null || STDOUT_NAMES.contains(output)) {
            return new OutputTarget(Kind.STDOUT, null, output);
        }
        if (output.isBlank()) {
            throw new Main.UsageException("-o needs a file or folder name");
        }
        Path p;
        try {
            p = Path.of(output);
        } catch (InvalidPathException e) {
            throw new Main.UsageException("-o '" + output + "' is not a possible file name: " + e.getReason());
        }
        if (Files.isDirectory(p) || output.endsWith("/") || output.endsWith(java.io.File.separator)) {
            return new OutputTarget(Kind.FOLDER, p.toAbsolutePath().normalize(), output);
        }
        // /dev/fd/N, /dev/stderr, /proc/PID/fd/N name a descriptor someone opened: never replace what is behind it
        boolean descriptor = output.startsWith("/dev/") || output.startsWith("/proc/");
        if (Files.exists(p) && (descriptor || !Files.isRegularFile(p))) {
            return new OutputTarget(Kind.THROUGH, p, output);
        }
        Path file = resolveLinks(p);
        for (String in : inputs) {
            if (isSameFile(in, file)) {
                throw new Main.UsageException("-o " + output + " is also an input; refusing to overwrite it");
            }
        }
        return new OutputTarget(Kind.FILE, file, output);
    }

    // A symbolic link is followed to the file it names, even a file yet to be made.
    private static Path resolveLinks(Path p) {
        Path at = p.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        return at;
    }

    private static boolean isSameFile(String input, Path output) {
        if (input.equals("-") || !Files.exists(output)) {
            return false;
        }
        try {
            Path in = Path.of(input);
            return Files.isRegularFile(in) && Files.isSameFile(in, output);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /** True for a file that a folder walk must not take as an input: the output itself or our temporary files. */
    boolean excludes(Path candidate) {
        String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString();
        if (name.startsWith(".extract-") && name.endsWith(".tmp")) {
            return true;
        }
        if (path == null) {
            return false;
        }
        Path abs = candidate.toAbsolutePath().normalize();
        if (kind == Kind.FOLDER) {
            return abs.startsWith(path);
        }
        try {
            return abs.equals(path) || Files.exists(path) && Files.isSameFile(abs, path);
        } catch (IOException e) {
            return false;
        }
    }

    Sink open(OutputStream stdout, Renderer json, boolean errorRecords, boolean keepPartial, PrintStream err)
            throws IOException {
        return open(stdout, json, errorRecords, keepPartial, false, err);
    }

    /** @param skipExisting for a folder: skip inputs whose output file is there already */
    Sink open(OutputStream stdout, Renderer json, boolean errorRecords, boolean keepPartial, boolean skipExisting,
              PrintStream err) throws IOException {
        return switch (kind) {
            case STDOUT -> new StreamSink(stdout, json, errorRecords);
            case FOLDER -> new DirectorySink(path, json, skipExisting);
            case THROUGH -> new StreamSink(new BufferedOutputStream(
                    Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND), 1 << 16),
                    json, errorRecords, given);
            case FILE -> new FileSink(path, json, errorRecords, keepPartial, err);
        };
    }
}
