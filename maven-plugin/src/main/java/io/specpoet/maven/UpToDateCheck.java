package io.specpoet.maven;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.write.OutputWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a generation can be skipped because nothing it reads has changed since it last
 * succeeded. A state file outside the output folder holds the fingerprint of that last success: a
 * SHA-256 over the bytes of the spec and of every file it references, every {@link GeneratorRun}
 * parameter, and the generator's version. The run is up to date when the fingerprint is the same
 * and every file the output folder's manifest lists is still there.
 *
 * <p>A spec with remote {@code $ref}s has no fingerprint: what a URL serves can change at any time,
 * so such a run always generates (the writer still leaves unchanged files untouched).
 */
final class UpToDateCheck {

    private final Path stateFile;
    private final Path outputDirectory;
    private final Optional<String> fingerprint;

    UpToDateCheck(Path stateFile, Path outputDirectory, Optional<String> fingerprint) {
        this.stateFile = stateFile;
        this.outputDirectory = outputDirectory;
        this.fingerprint = fingerprint;
    }

    /** The check for {@code run}, remembering its state in {@code stateFile}. */
    static UpToDateCheck of(GeneratorRun run, String generatorVersion, Path stateFile) throws IOException {
        return new UpToDateCheck(stateFile, run.outputDirectory(), fingerprint(run, generatorVersion));
    }

    /**
     * The SHA-256 of everything the output of {@code run} depends on, or empty when that includes
     * remote files.
     */
    static Optional<String> fingerprint(GeneratorRun run, String generatorVersion) throws IOException {
        SpecFiles files = SpecFiles.of(run.spec());
        if (files.hasRemoteReferences()) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        update(digest, generatorVersion);
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
        for (Path file : files.files()) {
            update(digest, file.toString());
            // A missing file counts too: creating it must regenerate (and report what it lacks).
            if (Files.isRegularFile(file)) {
                update(digest, "present");
                update(digest, Files.readAllBytes(file));
            } else {
                update(digest, "missing");
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** The version of the generator this plugin runs; see {@link #generatorVersion(String, Path)}. */
    static String generatorVersion(String pluginVersion) throws IOException {
        CodeSource source = GeneratorRun.class.getProtectionDomain().getCodeSource();
        Path code;
        try {
            code = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            code = null;
        }
        return generatorVersion(pluginVersion, code);
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
        if (fingerprint.isEmpty() || !Files.isRegularFile(stateFile)) {
            return false;
        }
        if (!Files.readString(stateFile, StandardCharsets.UTF_8).strip().equals(fingerprint.get())) {
            return false;
        }
        Path manifest = outputDirectory.resolve(OutputWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        List<String> generated = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        return generated.stream()
                .filter(line -> !line.isBlank())
                .allMatch(line -> Files.isRegularFile(outputDirectory.resolve(line)));
    }

    /** Forgets the last success, so an interrupted or failed run is never taken as up to date. */
    void invalidate() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /** Remembers a successful run. */
    void recordSuccess() throws IOException {
        if (fingerprint.isPresent()) {
            Files.createDirectories(stateFile.getParent());
            Files.writeString(stateFile, fingerprint.get() + "\n", StandardCharsets.UTF_8);
        }
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
