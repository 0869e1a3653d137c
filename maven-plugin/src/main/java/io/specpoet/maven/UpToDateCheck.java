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
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Decides whether a generation can be skipped because nothing it reads has changed since it last
 * succeeded. A state file outside the output folder holds what that last success read, as the
 * generator reported it (the spec and every file it references), and its fingerprint: a SHA-256
 * over the bytes of those files, every {@link GeneratorRun} parameter, and the generator's version.
 * The run is up to date when the fingerprint of the same files is unchanged and every file the
 * output folder's manifest lists is still there. A file can only start to matter through a change
 * to one the last run read, so those files are enough.
 *
 * <p>A spec with remote {@code $ref}s records no state: what a URL serves can change at any time,
 * so such a run always generates (the writer still leaves unchanged files untouched).
 */
final class UpToDateCheck {

    private final GeneratorRun run;
    private final String generatorVersion;
    private final Path stateFile;

    private UpToDateCheck(GeneratorRun run, String generatorVersion, Path stateFile) {
        this.run = run;
        this.generatorVersion = generatorVersion;
        this.stateFile = stateFile;
    }

    /** The check for {@code run}, remembering its state in {@code stateFile}. */
    static UpToDateCheck of(GeneratorRun run, String generatorVersion, Path stateFile) {
        return new UpToDateCheck(run, generatorVersion, stateFile);
    }

    /** The SHA-256 of everything the output of {@code run} depends on, given the files its spec is made of. */
    static String fingerprint(GeneratorRun run, String generatorVersion, Collection<Path> specFiles) throws IOException {
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

    /** Whether the last successful run read files that are all unchanged, and its output is all still there. */
    boolean isUpToDate() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return false;
        }
        List<String> state = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        if (state.size() < 2) {
            return false;
        }
        List<Path> specFiles = state.subList(1, state.size()).stream().map(Path::of).toList();
        if (!state.get(0).equals(fingerprint(run, generatorVersion, specFiles))) {
            return false;
        }
        Path outputDirectory = run.outputDirectory();
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

    /** Remembers a successful run: its fingerprint, then the files it read, one a line. */
    void recordSuccess(GeneratorRun.Result result) throws IOException {
        if (result.remoteReferences()) {
            return;
        }
        StringBuilder state = new StringBuilder(fingerprint(run, generatorVersion, result.specFiles())).append('\n');
        result.specFiles().forEach(file -> state.append(file).append('\n'));
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
