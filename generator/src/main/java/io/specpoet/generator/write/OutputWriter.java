package io.specpoet.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The write stage. Writes generated files inside the output folder only, as UTF-8 with LF line
 * ends, and only those whose bytes change, so an unchanged rebuild touches nothing. Files a
 * previous run generated and this one does not are deleted; anything else in the folder is left
 * alone. A manifest in the folder remembers what was generated.
 *
 * <p>Everything is rendered before this stage runs, so a failed generation writes nothing. Each
 * file is first written to a temporary file in the folder and then moved over its target, so no
 * reader ever sees a half-written file.
 */
public final class OutputWriter {

    /** Lists the files the last run generated, one relative path a line. */
    public static final String MANIFEST = ".specpoet-manifest";

    public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted) {}

    public WriteResult write(Path outputDirectory, SortedMap<String, String> files) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        for (String relative : files.keySet()) {
            resolveInside(root, relative);
        }
        try {
            Files.createDirectories(root);
            // Files are independent; writing them in parallel overlaps the system calls.
            // A folder is made once; computeIfAbsent makes every other writer into it wait until it is there.
            Map<Path, Boolean> directories = new ConcurrentHashMap<>();
            SortedMap<String, Boolean> changed = files.entrySet().parallelStream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            entry -> writeIfChanged(root, entry.getKey(), entry.getValue(), directories),
                            (a, b) -> a,
                            TreeMap::new));
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            changed.forEach((path, wasWritten) -> (wasWritten ? written : unchanged).add(path));
            List<String> deleted = deleteStale(root, files);
            writeManifest(root, files);
            return new WriteResult(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted));
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new UncheckedIOException("cannot write generated sources to " + outputDirectory, cause);
        }
    }

    /** Writes one file unless it already has these bytes; returns whether it was written. */
    private static boolean writeIfChanged(Path root, String relative, String text, Map<Path, Boolean> directories) {
        Path target = resolveInside(root, relative);
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            directories.computeIfAbsent(target.getParent(), OutputWriter::createDirectories);
            replace(target, content);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a generated file; a name that would leave the output folder is refused. */
    static Path resolveInside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root) || Path.of(relative).isAbsolute()) {
            throw new IllegalArgumentException(
                    "refusing to write '" + relative + "' outside the output folder " + root);
        }
        return target;
    }

    private static void replace(Path target, byte[] content) throws IOException {
        // Not Files.createTempFile: it makes the file owner-only (0600); sources get the umask's mode.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static List<String> deleteStale(Path root, SortedMap<String, String> files) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> deleted = new ArrayList<>();
        for (String previous : new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8))) {
            if (previous.isBlank() || files.containsKey(previous)) {
                continue;
            }
            Path stale;
            try {
                stale = resolveInside(root, previous);
            } catch (IllegalArgumentException e) {
                continue; // a tampered manifest must not make us delete outside the folder
            }
            if (Files.deleteIfExists(stale)) {
                deleted.add(previous);
                deleteEmptyParents(root, stale.getParent());
            }
        }
        return deleted;
    }

    private static void deleteEmptyParents(Path root, Path directory) throws IOException {
        Path current = directory;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static void writeManifest(Path root, SortedMap<String, String> files) throws IOException {
        String content = String.join("\n", files.keySet()) + "\n";
        Path manifest = root.resolve(MANIFEST);
        if (Files.isRegularFile(manifest)
                && Arrays.equals(Files.readAllBytes(manifest), content.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        replace(manifest, content.getBytes(StandardCharsets.UTF_8));
    }
}
