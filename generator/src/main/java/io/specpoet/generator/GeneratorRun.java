package io.specpoet.generator;

import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.emit.ModelEmitter;
import io.specpoet.generator.load.LoadedSpec;
import io.specpoet.generator.load.SpecLoader;
import io.specpoet.generator.model.ApiModel;
import io.specpoet.generator.model.ModelBuilder;
import io.specpoet.generator.write.OutputWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SortedMap;
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
 */
public record GeneratorRun(
        Path spec, Path outputDirectory, String packageName, String clientName, boolean allowRemoteRefs) {

    public GeneratorRun {
        Objects.requireNonNull(spec, "spec");
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
        long start = System.nanoTime();
        LoadedSpec loaded = new SpecLoader(allowRemoteRefs).load(spec);
        loaded.warnings().forEach(warnings);
        long loadedAt = System.nanoTime();
        timer.finished(Stage.LOAD, loadedAt - start);
        Diagnostics diagnostics = new Diagnostics(loaded.locations());
        ApiModel model = new ModelBuilder(loaded.openApi(), diagnostics).build(clientName);
        diagnostics.throwIfErrors();
        long linkedAt = System.nanoTime();
        timer.finished(Stage.LINK, linkedAt - loadedAt);
        // Frees Swagger Parser's tree while emitting: this method runs once, in the interpreter,
        // which keeps every local alive to the end of the method.
        loaded = null;
        SortedMap<String, String> files =
                new ModelEmitter(packageName, spec.getFileName().toString()).render(model);
        timer.finished(Stage.EMIT, System.nanoTime() - linkedAt);
        return files;
    }

    /** Generates and writes into {@link #outputDirectory}; nothing is written if generation fails. */
    public OutputWriter.WriteResult execute() {
        return execute(warning -> {});
    }

    /** Generates and writes, as {@link #execute()}, handing each warning to {@code warnings}. */
    public OutputWriter.WriteResult execute(Consumer<Diagnostic> warnings) {
        return execute(warnings, StageTimer.NONE);
    }

    /** Generates and writes, as {@link #execute(Consumer)}, timing each stage. */
    public OutputWriter.WriteResult execute(Consumer<Diagnostic> warnings, StageTimer timer) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        SortedMap<String, String> files = generate(warnings, timer);
        long start = System.nanoTime();
        OutputWriter.WriteResult result = new OutputWriter().write(outputDirectory, files);
        timer.finished(Stage.WRITE, System.nanoTime() - start);
        return result;
    }
}
