package io.specpoet.maven;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.write.OutputWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Decides whether a generation can be skipped because nothing it reads has changed since it last
 * succeeded. A state file outside the output folder holds what that last success read, as the
 * generator reported it (the spec and every file it references), and its fingerprint: a SHA-256
 * over the bytes of those files, every {@link GeneratorRun} parameter, and the generator's version.
 * The run is up to date when the fingerprint of the same files is unchanged and every file the
 * output folder's manifest lists is still there. A file can only start to matter through a change
 * to one the last run read, so those files are enough.
 *
 * <p>A rebuild with nothing changed does not even read the files: the state also holds a quick key
 * over their sizes and modification times, the parameters and the generator jar's own size and
 * time. When the quick key still matches, nothing can have changed; when it does not (a file was
 * touched, say), the fingerprint decides.
 *
 * <p>A spec with remote {@code $ref}s records no state: what a URL serves can change at any time,
 * so such a run always generates (the writer still leaves unchanged files untouched).
 */
final class UpToDateCheck {

    private final Path stateFile;
    private final GeneratorRun run;
    /** What identifies the generator cheaply: a version, or a version and the jar's size and time. */
    private final String quickGeneratorIdentity;

    private final Callable<String> generatorVersion;

    private UpToDateCheck(
            Path stateFile, GeneratorRun run, String quickGeneratorIdentity, Callable<String> generatorVersion) {
        this.stateFile = stateFile;
        this.run = run;
        this.quickGeneratorIdentity = quickGeneratorIdentity;
        this.generatorVersion = generatorVersion;
    }

    /** The check for {@code run} of the generator at {@code generatorVersion}, remembering its state in {@code stateFile}. */
    static UpToDateCheck of(GeneratorRun run, String generatorVersion, Path stateFile) {
        return new UpToDateCheck(stateFile, run, generatorVersion, () -> generatorVersion);
    }

    /**
     * The check for {@code run} of the generator this plugin runs; the generator's version (a
     * digest of its jar, for a snapshot) is only computed when the quick key does not match.
     */
    static UpToDateCheck ofPlugin(GeneratorRun run, String pluginVersion, Path stateFile) {
        Path jar = generatorJar();
        return new UpToDateCheck(
                stateFile, run, pluginVersion + "\n" + stamp(jar), () -> generatorVersion(pluginVersion, jar));
    }

    /** The SHA-256 of everything the output of {@code run} depends on, given the files its spec is made of. */
    static String fingerprint(GeneratorRun run, String generatorVersion, Collection<Path> specFiles)
            throws IOException {
        return of(run, generatorVersion, null).fingerprint(specFiles);
    }

    private String fingerprint(Collection<Path> specFiles) throws IOException {
        MessageDigest digest = sha256();
        try {
            update(digest, generatorVersion.call());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        updateParameters(digest);
        for (Path file : new TreeSet<>(specFiles)) {
            update(digest, file.toString());
            // A deleted file counts too: the next run must regenerate (and report it missing).
            if (Files.isRegularFile(file)) {
                update(digest, "present");
                update(digest, Files.readAllBytes(file));
            } else {
                update(digest, "missing");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void updateParameters(MessageDigest digest) {
        for (var component : GeneratorRun.class.getRecordComponents()) {
            // Every parameter, including ones added to GeneratorRun later, changes the fingerprint.
            Object value;
            try {
                value = component.getAccessor().invoke(run);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + run, e);
            }
            update(digest, component.getName());
            update(digest, String.valueOf(value));
        }
    }

    /** A digest of the parameters, the generator's quick identity and each file's size and time. */
    private String quickKey(Collection<Path> files) {
        MessageDigest digest = sha256();
        update(digest, quickGeneratorIdentity);
        updateParameters(digest);
        for (Path file : new TreeSet<>(files)) {
            update(digest, file.toString());
            update(digest, stamp(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file's size and modification time, or {@code missing}. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? attributes.size() + " " + attributes.lastModifiedTime().toMillis()
                    : "not a file";
        } catch (IOException | RuntimeException e) {
            return "missing";
        }
    }

    /** The jar (or classes folder) the generator is loaded from, or null. */
    private static Path generatorJar() {
        CodeSource source = GeneratorRun.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The version that identifies the generator's behaviour. A snapshot's code changes while its
     * version does not, so a snapshot is also identified by the digest of the generator's jar.
     */
    static String generatorVersion(String pluginVersion, Path generatorJar) throws IOException {
        if (!pluginVersion.endsWith("-SNAPSHOT") || generatorJar == null || !Files.isRegularFile(generatorJar)) {
            return pluginVersion;
        }
        return pluginVersion + "+" + HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(generatorJar)));
    }

    /** Whether the last successful run had the same fingerprint and its output is all still there. */
    boolean isUpToDate() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return false;
        }
        List<String> state = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        if (state.size() < 2) {
            return false;
        }
        List<Path> specFiles =
                state.subList(2, state.size()).stream().map(Path::of).toList();
        boolean quick = state.get(1).equals(quickKey(specFiles));
        if (!quick && !state.get(0).equals(fingerprint(specFiles))) {
            return false;
        }
        Path outputDirectory = run.outputDirectory();
        Path manifest = outputDirectory.resolve(OutputWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        List<String> generated = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        boolean upToDate = generated.stream()
                .filter(line -> !line.isBlank())
                .allMatch(line -> Files.isRegularFile(outputDirectory.resolve(line)));
        if (upToDate && !quick) {
            // Same content under new times (or another jar path): the next check is quick again.
            writeState(state.get(0), specFiles);
        }
        return upToDate;
    }

    /** Forgets the last success, so an interrupted or failed run is never taken as up to date. */
    void invalidate() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /** Remembers a successful run: its fingerprint and quick key, then the files it read, one a line. */
    void recordSuccess(GeneratorRun.Result result) throws IOException {
        if (result.remoteReferences()) {
            return;
        }
        writeState(fingerprint(result.specFiles()), result.specFiles());
    }

    private void writeState(String fingerprint, Collection<Path> specFiles) throws IOException {
        StringBuilder state = new StringBuilder(fingerprint)
                .append('\n')
                .append(quickKey(specFiles))
                .append('\n');
        new TreeSet<>(specFiles).forEach(file -> state.append(file).append('\n'));
        Files.createDirectories(stateFile.getParent());
        Files.writeString(stateFile, state, StandardCharsets.UTF_8);
    }

    /** Adds length-prefixed bytes, so no two different inputs hash the same byte sequence. */
    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static void update(MessageDigest digest, String text) {
        update(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
