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
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
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
    public GeneratorRun(Path spec, Path outputDirectory, String packageName, String clientName, boolean allowRemoteRefs) {
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
            throw new IllegalArgumentException("the " + mapping + " needs a fully qualified class name, not '"
                    + className + "'");
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
        ApiModel model = new ModelBuilder(loaded.openApi(), diagnostics, typeMappings, schemaMappings).build(clientName);
        diagnostics.throwIfErrors();
        return new Linked(loaded, model);
    }

    /** The emit stage: every file of a linked model, as {@link #generate()} returns them. */
    public SortedMap<String, String> emit(ApiModel model) {
        String specName = spec.getFileName().toString();
        // Writing the text is most of the work for large specs; files are independent, and the
        // sorted map makes the result the same whatever order they finish in.
        ModelEmitter emitter = new ModelEmitter(packageName, specName, modelsOnly);
        List<JavaFile> files = emitter.emit(model);
        SortedMap<String, String> sources = files.parallelStream()
                .collect(Collectors.toMap(
                        file -> file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java",
                        JavaFile::toString,
                        (a, b) -> {
                            throw new IllegalStateException("two files with one path");
                        },
                        TreeMap::new));
        files.stream().map(JavaFile::packageName).distinct().forEach(filePackage ->
                sources.put(filePackage.replace('.', '/') + "/package-info.java", emitter.packageInfo(filePackage)));
        return sources;
    }

    /**
     * What a run wrote, and the files of the spec it read.
     *
     * @param specFiles the spec and every file it references, absolute and normalized
     * @param remoteReferences whether the spec refers to http(s) URLs, whose content can change at any time
     */
    public record Result(OutputWriter.WriteResult output, SortedSet<Path> specFiles, boolean remoteReferences) {}

    /** Generates and writes into {@link #outputDirectory}; nothing is written if generation fails. */
    public Result execute() {
        return execute(warning -> {});
    }

    /** Generates and writes, as {@link #execute()}, handing each warning to {@code warnings}. */
    public Result execute(Consumer<Diagnostic> warnings) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Linked linked = link(warnings);
        OutputWriter.WriteResult output = new OutputWriter().write(outputDirectory, emit(linked.model()));
        return new Result(output, linked.spec().files(), linked.spec().remoteReferences());
    }
}
