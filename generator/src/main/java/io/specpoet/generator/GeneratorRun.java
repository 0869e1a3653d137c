package io.specpoet.generator;

import com.palantir.javapoet.JavaFile;
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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
        return emit(link(warnings).model());
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
        LoadedSpec loaded = new SpecLoader(allowRemoteRefs).load(spec);
        loaded.warnings().forEach(warnings);
        Diagnostics diagnostics = new Diagnostics(loaded.locations());
        ApiModel model = new ModelBuilder(loaded.openApi(), diagnostics).build(clientName);
        diagnostics.throwIfErrors();
        return new Linked(loaded, model);
    }

    /** The emit stage: every file of a linked model, as {@link #generate()} returns them. */
    public SortedMap<String, String> emit(ApiModel model) {
        String specName = spec.getFileName().toString();
        // Writing the text is most of the work for large specs; files are independent, and the
        // sorted map makes the result the same whatever order they finish in.
        return new ModelEmitter(packageName, specName).emit(model).parallelStream()
                .collect(Collectors.toMap(
                        file -> file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java",
                        JavaFile::toString,
                        (a, b) -> {
                            throw new IllegalStateException("two files with one path");
                        },
                        TreeMap::new));
    }

    /** Generates and writes into {@link #outputDirectory}; nothing is written if generation fails. */
    public OutputWriter.WriteResult execute() {
        return execute(warning -> {});
    }

    /** Generates and writes, as {@link #execute()}, handing each warning to {@code warnings}. */
    public OutputWriter.WriteResult execute(Consumer<Diagnostic> warnings) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        SortedMap<String, String> files = generate(warnings);
        return new OutputWriter().write(outputDirectory, files);
    }
}
