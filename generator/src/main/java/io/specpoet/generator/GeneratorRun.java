package io.specpoet.generator;

import com.palantir.javapoet.JavaFile;
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
        LoadedSpec loaded = new SpecLoader(allowRemoteRefs).load(spec);
        Diagnostics diagnostics = new Diagnostics(loaded.locations());
        ApiModel model = new ModelBuilder(loaded.openApi(), diagnostics).build(clientName);
        diagnostics.throwIfErrors();
        SortedMap<String, String> files = new TreeMap<>();
        String specName = spec.getFileName().toString();
        for (JavaFile file : new ModelEmitter(packageName, specName).emit(model)) {
            String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
            files.put(path, file.toString());
        }
        return files;
    }

    /** Generates and writes into {@link #outputDirectory}; nothing is written if generation fails. */
    public OutputWriter.WriteResult execute() {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        SortedMap<String, String> files = generate();
        return new OutputWriter().write(outputDirectory, files);
    }
}
