package io.specpoet.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The write stage. Writes generated files inside the output folder only, as UTF-8 with LF line
 * ends, and only those whose bytes change, so an unchanged rebuild touches nothing. Files a
 * previous run generated and this one does not are deleted; anything else in the folder is left
 * alone. A manifest in the folder remembers what was generated.
 *
 * <p>Files are handed over one by one as they are rendered ({@link #begin}, {@link Staging#add}),
 * so no run holds all of its output in memory. A changed file goes first to a hidden staging
 * folder in the output folder; only when every file has been handed over does {@link
 * Staging#commit} move them over their targets, one atomic rename each. So a failed generation
 * writes nothing (closing the staging deletes what it holds), and no reader ever sees a
 * half-written file.
 *
 * <p>A run that is killed cannot clean up: its staging folder stays. Each staging folder has a
 * lock file beside it, locked while its run lives, so the next run into the same folder can tell
 * an abandoned staging folder from one in use, and removes it.
 */
public final class OutputWriter {

    /** Lists the files the last run generated, one relative path a line. */
    public static final String MANIFEST = ".specpoet-manifest";

    public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted) {}

    private static final String STAGING_PREFIX = ".specpoet-staging-";
    private static final String LOCK_SUFFIX = ".lock";

    /**
     * The lock files this JVM holds. Another run in this JVM must not even open them: on some
     * systems closing any channel to a file drops every lock the process holds on it.
     */
    private static final Set<Path> LOCKS_HELD = ConcurrentHashMap.newKeySet();

    /** Writes every file at once: {@link #begin}, each file {@link Staging#add}ed, then committed. */
    public WriteResult write(Path outputDirectory, SortedMap<String, String> files) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        for (String relative : files.keySet()) {
            resolveInside(root, relative);
        }
        try (Staging staging = begin(outputDirectory)) {
            files.entrySet().parallelStream().forEach(file -> staging.add(file.getKey(), file.getValue()));
            return staging.commit();
        }
    }

    /** Starts a write into {@code outputDirectory}; nothing there changes before {@link Staging#commit}. */
    public Staging begin(Path outputDirectory) {
        return new Staging(outputDirectory);
    }

    /**
     * The files of one run, handed over as they are made. {@link #add} may be called from many
     * threads at once. Close it in any case: unless committed, closing deletes what was staged.
     */
    public static final class Staging implements AutoCloseable {

        private final Path outputDirectory;
        private final Path root;
        /** Every file handed over, by relative path, in path order. */
        private final Map<String, Staged> files = new ConcurrentSkipListMap<>();

        private final AtomicInteger staged = new AtomicInteger();
        /** The output folder's highest ancestor this run created, or null; removed again if nothing is committed. */
        private Path created;

        private Path stagingFolder;
        private Path lockFile;
        private FileChannel lockChannel;
        private boolean committed;

        private Staging(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            this.root = outputDirectory.toAbsolutePath().normalize();
            removeAbandonedStaging(root);
        }

        /**
         * Hands over one file: relative path and text. A path outside the output folder, or one
         * already handed over, is refused.
         */
        public void add(String relative, String text) {
            Path target = resolveInside(root, relative);
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            try {
                Path stagedFile = null;
                if (!(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content))) {
                    stagedFile = stagingFolder().resolve(staged.incrementAndGet() + ".tmp");
                    Files.write(stagedFile, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
                if (files.putIfAbsent(relative, new Staged(stagedFile)) != null) {
                    throw new IllegalStateException("two generated files have the path " + relative);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write generated sources to " + outputDirectory, e);
            }
        }

        private synchronized Path stagingFolder() throws IOException {
            if (stagingFolder == null) {
                Path existing = root;
                while (existing != null && !Files.isDirectory(existing)) {
                    created = existing;
                    existing = existing.getParent();
                }
                Files.createDirectories(root);
                String name = STAGING_PREFIX + UUID.randomUUID();
                // The lock first: a staging folder without a lock file is one a run abandoned.
                lockFile = root.resolve(name + LOCK_SUFFIX);
                lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                LOCKS_HELD.add(lockFile);
                lockChannel.lock();
                // Same file system as the targets, so each move into place is one rename.
                stagingFolder = Files.createDirectory(root.resolve(name));
            }
            return stagingFolder;
        }

        /** Moves every changed file into place, deletes the files no longer generated, and writes the manifest. */
        public WriteResult commit() {
            try {
                Files.createDirectories(root);
                // Files are independent; moving them in parallel overlaps the system calls.
                // A folder is made once; computeIfAbsent makes every other writer into it wait until it is there.
                Map<Path, Boolean> directories = new ConcurrentHashMap<>();
                files.entrySet().parallelStream()
                        .filter(file -> file.getValue().changed())
                        .forEach(file -> {
                            Path target = resolveInside(root, file.getKey());
                            directories.computeIfAbsent(target.getParent(), OutputWriter::createDirectories);
                            moveIntoPlace(file.getValue().file(), target);
                        });
                committed = true;
                List<String> written = new ArrayList<>();
                List<String> unchanged = new ArrayList<>();
                files.forEach((path, staged) -> (staged.changed() ? written : unchanged).add(path));
                List<String> deleted = deleteStale(root, files.keySet());
                writeManifest(root, files.keySet());
                return new WriteResult(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted));
            } catch (IOException | UncheckedIOException e) {
                IOException cause =
                        e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
                throw new UncheckedIOException("cannot write generated sources to " + outputDirectory, cause);
            }
        }

        /** Deletes the staging folder; if nothing was committed, also the output folders this run created. */
        @Override
        public void close() {
            try {
                if (stagingFolder != null) {
                    deleteTree(stagingFolder);
                }
                if (lockChannel != null) {
                    lockChannel.close();
                    LOCKS_HELD.remove(lockFile);
                    Files.deleteIfExists(lockFile);
                }
                if (!committed && created != null) {
                    for (Path folder = root;
                            folder != null && folder.startsWith(created);
                            folder = folder.getParent()) {
                        try (Stream<Path> entries = Files.list(folder)) {
                            if (entries.findAny().isPresent()) {
                                break;
                            }
                        }
                        Files.delete(folder);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean up " + outputDirectory, e);
            }
        }
    }

    /**
     * Removes the staging folders of runs that were killed: those whose lock file no live process
     * holds locked, and those without a lock file (left by versions that made none). Best effort:
     * a leftover folder costs disk space, never correctness, so a failure here stops nothing.
     */
    private static void removeAbandonedStaging(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, STAGING_PREFIX + "*")) {
            for (Path entry : entries) {
                try {
                    String name = entry.getFileName().toString();
                    if (name.endsWith(LOCK_SUFFIX)) {
                        if (!LOCKS_HELD.contains(entry)) {
                            String folder = name.substring(0, name.length() - LOCK_SUFFIX.length());
                            removeIfUnlocked(entry, entry.resolveSibling(folder));
                        }
                    } else if (Files.isDirectory(entry) && !Files.exists(entry.resolveSibling(name + LOCK_SUFFIX))) {
                        deleteTree(entry);
                    }
                } catch (IOException | UncheckedIOException e) {
                    // Left for a later run.
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Left for a later run.
        }
    }

    private static void removeIfUnlocked(Path lockFile, Path stagingFolder) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                deleteTree(stagingFolder);
                Files.deleteIfExists(lockFile);
            }
        } catch (OverlappingFileLockException e) {
            // Held in this JVM after all: in use.
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A file handed over: {@code file} holds its new bytes, or is null when its target already has them. */
    private record Staged(Path file) {
        boolean changed() {
            return file != null;
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

    private static void moveIntoPlace(Path source, Path target) {
        try {
            try {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path target, byte[] content) throws IOException {
        // Not Files.createTempFile: it makes the file owner-only (0600); sources get the umask's mode.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveIntoPlace(temporary, target);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static List<String> deleteStale(Path root, Set<String> files) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> deleted = new ArrayList<>();
        for (String previous : new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8))) {
            if (previous.isBlank() || files.contains(previous)) {
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

    private static void writeManifest(Path root, Set<String> files) throws IOException {
        String content = String.join("\n", files) + "\n";
        Path manifest = root.resolve(MANIFEST);
        if (Files.isRegularFile(manifest)
                && Arrays.equals(Files.readAllBytes(manifest), content.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        replace(manifest, content.getBytes(StandardCharsets.UTF_8));
    }
}
