package io.specpoet.generator;

import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.emit.ModelEmitter;
import io.specpoet.generator.load.LoadedSpec;
import io.specpoet.generator.load.SpecLoader;
import io.specpoet.generator.model.ApiModel;
import io.specpoet.generator.model.ModelBuilder;
import io.specpoet.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.lang.model.SourceVersion;

/**
 * One generation: a spec and the options to generate from it. The command line, the Maven plugin
 * and the tests all run the generator through this class.
 *
 * @param spec the OpenAPI document (YAML or JSON)
 * @param outputDirectory the source root to write into; package folders go below it
 * @param packageName the package of the client; models go in its {@code model} subpackage
 * @param clientName the client class name, or null to derive it from the spec's title
 * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched
 * @param typeMappings the Java class to use for each {@code format} (such as {@code date-time} →
 *     {@code java.time.Instant}), instead of the default type
 * @param schemaMappings the user's Java class to use for each component schema named here; the
 *     schema is not generated
 * @param modelsOnly whether to generate the models only, without API and client classes
 */
public record GeneratorRun(
        Path spec,
        Path outputDirectory,
        String packageName,
        String clientName,
        boolean allowRemoteRefs,
        SortedMap<String, String> typeMappings,
        SortedMap<String, String> schemaMappings,
        boolean modelsOnly) {

    /** A run with the default types, every schema generated, and API and client classes. */
    public GeneratorRun(
            Path spec, Path outputDirectory, String packageName, String clientName, boolean allowRemoteRefs) {
        this(spec, outputDirectory, packageName, clientName, allowRemoteRefs, new TreeMap<>(), new TreeMap<>(), false);
    }

    public GeneratorRun {
        Objects.requireNonNull(spec, "spec");
        // Sorted maps: their text is part of the Maven plugin's fingerprint, so their order must be fixed.
        typeMappings = Collections.unmodifiableSortedMap(new TreeMap<>(typeMappings));
        schemaMappings = Collections.unmodifiableSortedMap(new TreeMap<>(schemaMappings));
        typeMappings.forEach((format, className) -> checkClassName("type mapping '" + format + "'", className));
        schemaMappings.forEach((schema, className) -> checkClassName("schema mapping '" + schema + "'", className));
        Objects.requireNonNull(packageName, "packageName");
        if (!SourceVersion.isName(packageName, SourceVersion.RELEASE_17)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name");
        }
        if (clientName != null && !SourceVersion.isName(clientName, SourceVersion.RELEASE_17)) {
            throw new IllegalArgumentException("'" + clientName + "' is not a valid Java class name");
        }
        if (clientName != null && clientName.contains(".")) {
            throw new IllegalArgumentException("the client name '" + clientName + "' must be a simple class name");
        }
    }

    private static void checkClassName(String mapping, String className) {
        if (!SourceVersion.isName(className, SourceVersion.RELEASE_17) || !className.contains(".")) {
            throw new IllegalArgumentException(
                    "the " + mapping + " needs a fully qualified class name, not '" + className + "'");
        }
    }

    /** A spec this large leaves a heap worth collecting after the link stage. */
    private static final long LARGE_SPEC_BYTES = 1 << 20;

    /**
     * Load and link make most of a run's long-lived garbage (YAML and Swagger Parser's trees), and
     * the default collector (G1) grows the heap as they run: for Stripe's 4 MB spec it stood at
     * 1.6 GB after link while 20 MB was live. One full collection here lets it size the heap for
     * what emit keeps live; Stripe's peak resident memory went from 1.1–1.7 GB to 440–570 MB.
     * Small specs skip it: their heap stays small, and a collection would cost more than it saves.
     */
    private static void returnLinkGarbage(SortedSet<Path> specFiles) {
        long bytes = 0;
        for (Path file : specFiles) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                // Gone since it was read: it counts for nothing.
            }
        }
        if (bytes >= LARGE_SPEC_BYTES) {
            System.gc();
        }
    }

    /** The stages of a run, in order; see the README's architecture. */
    public enum Stage {
        LOAD,
        LINK,
        EMIT,
        WRITE
    }

    /** Told how long each stage took, as it finishes; the benchmark uses it. */
    @FunctionalInterface
    public interface StageTimer {
        StageTimer NONE = (stage, nanos) -> {};

        void finished(Stage stage, long nanos);
    }

    /**
     * Generates every file in memory: relative path → source text (UTF-8, LF), in path order.
     *
     * @throws io.specpoet.generator.diagnostics.GenerationException listing every problem found,
     *     each with its location
     */
    public SortedMap<String, String> generate() {
        return generate(warning -> {});
    }

    /**
     * Generates every file in memory, as {@link #generate()}, and hands each warning (something
     * odd in the spec that generation works around) to {@code warnings} first.
     */
    public SortedMap<String, String> generate(Consumer<Diagnostic> warnings) {
        return generate(warnings, StageTimer.NONE);
    }

    /** Generates every file in memory, as {@link #generate(Consumer)}, timing each stage. */
    public SortedMap<String, String> generate(Consumer<Diagnostic> warnings, StageTimer timer) {
        return emit(link(warnings, timer).model(), timer);
    }

    /**
     * A spec linked into the model, with the document it was read from.
     *
     * @param spec the loaded document; the model's JSON pointers point into its {@code document}
     */
    public record Linked(LoadedSpec spec, ApiModel model) {}

    /**
     * The load and link stages only: what the generator decided, for tools and tests that look at
     * the decisions as well as the output ({@link #emit} writes it).
     *
     * @throws io.specpoet.generator.diagnostics.GenerationException listing every problem found
     */
    public Linked link(Consumer<Diagnostic> warnings) {
        return link(warnings, StageTimer.NONE);
    }

    private Linked link(Consumer<Diagnostic> warnings, StageTimer timer) {
        long start = System.nanoTime();
        LoadedSpec loaded = new SpecLoader(allowRemoteRefs).load(spec);
        loaded.warnings().forEach(warnings);
        long loadedAt = System.nanoTime();
        timer.finished(Stage.LOAD, loadedAt - start);
        Diagnostics diagnostics = new Diagnostics(loaded.locations());
        ApiModel model =
                new ModelBuilder(loaded.openApi(), diagnostics, typeMappings, schemaMappings).build(clientName);
        diagnostics.throwIfErrors();
        timer.finished(Stage.LINK, System.nanoTime() - loadedAt);
        return new Linked(loaded, model);
    }

    /** The emit stage: every file of a linked model, as {@link #generate()} returns them. */
    public SortedMap<String, String> emit(ApiModel model) {
        return emit(model, StageTimer.NONE);
    }

    private SortedMap<String, String> emit(ApiModel model, StageTimer timer) {
        long start = System.nanoTime();
        SortedMap<String, String> files =
                new ModelEmitter(packageName, spec.getFileName().toString(), modelsOnly).render(model);
        timer.finished(Stage.EMIT, System.nanoTime() - start);
        return files;
    }

    /**
     * What a run wrote, and the files of the spec it read.
     *
     * @param specFiles the spec and every file it references, absolute and normalized
     * @param remoteReferences whether the spec refers to http(s) URLs, whose content can change at any time
     */
    public record Result(OutputWriter.WriteResult output, SortedSet<Path> specFiles, boolean remoteReferences) {}

    /**
     * Generates and writes into {@link #outputDirectory}; nothing is written if generation fails
     * (see {@link OutputWriter}).
     */
    public Result execute() {
        return execute(warning -> {});
    }

    /** Generates and writes, as {@link #execute()}, handing each warning to {@code warnings}. */
    public Result execute(Consumer<Diagnostic> warnings) {
        return execute(warnings, StageTimer.NONE);
    }

    /**
     * Generates and writes, as {@link #execute(Consumer)}, timing each stage. Each file is handed
     * to the writer as soon as it is rendered, so the emit stage includes staging the changed
     * files, and the write stage is moving them into place.
     */
    public Result execute(Consumer<Diagnostic> warnings, StageTimer timer) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Linked linked = link(warnings, timer);
        SortedSet<Path> specFiles = linked.spec().files();
        boolean remoteReferences = linked.spec().remoteReferences();
        ApiModel model = linked.model();
        // Frees Swagger Parser's tree while emitting: this method runs once, in the interpreter,
        // which keeps every local alive to the end of the method.
        linked = null;
        returnLinkGarbage(specFiles);
        try (OutputWriter.Staging staging = new OutputWriter().begin(outputDirectory)) {
            long start = System.nanoTime();
            new ModelEmitter(packageName, spec.getFileName().toString(), modelsOnly).render(model, staging::add);
            long emitted = System.nanoTime();
            timer.finished(Stage.EMIT, emitted - start);
            OutputWriter.WriteResult output = staging.commit();
            timer.finished(Stage.WRITE, System.nanoTime() - emitted);
            return new Result(output, specFiles, remoteReferences);
        }
    }
}
