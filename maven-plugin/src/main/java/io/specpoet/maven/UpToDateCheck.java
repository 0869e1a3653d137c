package io.specpoet.maven;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.write.OutputWriter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
 * <p>A rebuild with nothing changed does not even read the files: the state also holds a quick key
 * of their sizes and modification times, the parameters and the generator jar's own size and
 * time. When the quick key still matches, nothing can have changed; when it does not (a file was
 * touched, say), the fingerprint decides. The quick key is plain text, compared as it is: it costs
 * only a stat call per file, where a digest's first use in a process costs more than the whole check.
 *
 * <p>A spec with remote {@code $ref}s records no state: what a URL serves can change at any time,
 * so such a run always generates (the writer still leaves unchanged files untouched).
 */
final class UpToDateCheck {

    private final Path stateFile;
    private final GeneratorRun run;
    private final String version;
    /** The jar (or classes folder) of the generator, which identifies a snapshot; null for a release or a test. */
    private final Path generatorJar;

    private UpToDateCheck(Path stateFile, GeneratorRun run, String version, Path generatorJar) {
        this.stateFile = stateFile;
        this.run = run;
        this.version = version;
        this.generatorJar = generatorJar;
    }

    /** The check for {@code run} of the generator at {@code generatorVersion}, remembering its state in {@code stateFile}. */
    static UpToDateCheck of(GeneratorRun run, String generatorVersion, Path stateFile) {
        return new UpToDateCheck(stateFile, run, generatorVersion, null);
    }

    /**
     * The check for {@code run} of the generator this plugin runs; the generator's version (a
     * digest of its jar, for a snapshot) is only computed when the quick key does not match.
     */
    static UpToDateCheck ofPlugin(GeneratorRun run, String pluginVersion, Path stateFile) {
        return new UpToDateCheck(stateFile, run, pluginVersion, generatorJar());
    }

    /** The SHA-256 of everything the output of {@code run} depends on, given the files its spec is made of. */
    static String fingerprint(GeneratorRun run, String generatorVersion, Collection<Path> specFiles)
            throws IOException {
        return of(run, generatorVersion, null).fingerprint(specFiles);
    }

    private String fingerprint(Collection<Path> specFiles) throws IOException {
        MessageDigest digest = sha256();
        update(digest, generatorJar == null ? version : generatorVersion(version, generatorJar));
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
            update(digest, component.getName());
            update(digest, String.valueOf(parameter(component)));
        }
    }

    private Object parameter(RecordComponent component) {
        try {
            return component.getAccessor().invoke(run);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + run, e);
        }
    }

    /**
     * The generator's quick identity, the parameters and each file's size and time, in one line.
     * The files are listed in the state after this line, in the same order.
     */
    private String quickKey(Collection<Path> files) {
        // Plain loops and appends: the first lambda, stream or string concatenation in a process
        // costs more than the rest of this check.
        StringBuilder key = new StringBuilder();
        appendField(key, version);
        if (generatorJar != null) {
            appendField(key, stamp(generatorJar));
        }
        for (var component : GeneratorRun.class.getRecordComponents()) {
            appendField(key, component.getName());
            appendField(key, String.valueOf(parameter(component)));
        }
        for (Path file : new TreeSet<>(files)) {
            appendField(key, stamp(file));
        }
        return key.toString();
    }

    /** Appends a tab and the text, with backslash, tab and line breaks escaped, so fields never run together. */
    private static void appendField(StringBuilder key, String text) {
        key.append('\t');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> key.append("\\\\");
                case '\t' -> key.append("\\t");
                case '\n' -> key.append("\\n");
                case '\r' -> key.append("\\r");
                default -> key.append(c);
            }
        }
    }

    /** A file's size and modification time, or {@code missing}. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? new StringBuilder()
                            .append(attributes.size())
                            .append(' ')
                            .append(attributes.lastModifiedTime().toMillis())
                            .toString()
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

    /** What a check found. */
    enum Verdict {
        /** Something changed, or the last run's output is gone: generate. */
        STALE("changed content"),
        /** Every file the last run read has the size and time it had: up to date, no file read. */
        SAME_SIZES_AND_TIMES("file sizes and times"),
        /** Some file was touched but every file's bytes are as they were: up to date. */
        SAME_CONTENT("content");

        /** What the verdict was reached by, for the build log. */
        final String checkedBy;

        Verdict(String checkedBy) {
            this.checkedBy = checkedBy;
        }

        boolean upToDate() {
            return this != STALE;
        }
    }

    /** Whether the last successful run had the same fingerprint and its output is all still there, and how that was found. */
    Verdict check() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return Verdict.STALE;
        }
        List<String> state = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        if (state.size() < 2) {
            return Verdict.STALE;
        }
        List<Path> specFiles = new ArrayList<>();
        for (String file : state.subList(2, state.size())) {
            specFiles.add(Path.of(file));
        }
        boolean quick = state.get(1).equals(quickKey(specFiles));
        if (!quick && !state.get(0).equals(fingerprint(specFiles))) {
            return Verdict.STALE;
        }
        Path outputDirectory = run.outputDirectory();
        Path manifest = outputDirectory.resolve(OutputWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Verdict.STALE;
        }
        for (String generated : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!generated.isBlank() && !Files.isRegularFile(outputDirectory.resolve(generated))) {
                return Verdict.STALE;
            }
        }
        if (quick) {
            return Verdict.SAME_SIZES_AND_TIMES;
        }
        // Same content under new times (or another jar path): the next check is quick again.
        writeState(state.get(0), specFiles);
        return Verdict.SAME_CONTENT;
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
