package io.specpoet.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.specpoet.generator.model.ApiModel;
import io.specpoet.generator.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The emit stage: model in, JavaPoet files out (models, API classes, the client), no I/O. */
public final class ModelEmitter {

    private final String basePackage;
    private final String specName;
    private final boolean modelsOnly;

    /**
     * @param basePackage the package of the client; models go in its {@code model} subpackage
     * @param specName the spec's file name, named in every file's header (never a full path)
     * @param modelsOnly whether to write the models only, without API and client classes
     */
    public ModelEmitter(String basePackage, String specName, boolean modelsOnly) {
        this.basePackage = basePackage;
        this.specName = specName;
        this.modelsOnly = modelsOnly;
    }

    private String modelPackage() {
        return basePackage + ".model";
    }

    /**
     * Emits and renders every file: relative path → source text, in path order. Files are
     * independent, so they are made in parallel, and each file's JavaPoet tree is dropped as soon
     * as its text is rendered.
     */
    public SortedMap<String, String> render(ApiModel model) {
        SortedMap<String, String> sources = new ConcurrentSkipListMap<>();
        render(model, (path, text) -> {
            if (sources.putIfAbsent(path, text) != null) {
                throw new IllegalStateException("two files with one path: " + path);
            }
        });
        return new TreeMap<>(sources);
    }

    /**
     * Emits and renders every file, handing each to {@code files} (relative path, source text) as
     * soon as it is rendered, from several threads at once: nothing holds the whole output.
     */
    public void render(ApiModel model, BiConsumer<String, String> files) {
        Set<String> folders = ConcurrentHashMap.newKeySet();
        jobs(model).parallelStream().map(Supplier::get).forEach(file -> {
            String folder = file.packageName().replace('.', '/');
            folders.add(folder);
            files.accept(folder + "/" + file.typeSpec().name() + ".java", file.toString());
        });
        // JavaPoet writes no package files: every package that got a file gets its package-info.
        new TreeSet<>(folders)
                .forEach(folder -> files.accept(folder + "/package-info.java", packageInfo(folder.replace('/', '.'))));
    }

    /** One job per file, in a fixed order; each emits its file when called. */
    private List<Supplier<JavaFile>> jobs(ApiModel model) {
        Set<String> valueClasses = model.types().stream()
                .filter(TypeDecl.EnumDecl.class::isInstance)
                .map(TypeDecl::javaName)
                .collect(Collectors.toSet());
        JavaTypes types = new JavaTypes(modelPackage(), valueClasses, enumClasses(model));
        RecordEmitter records = new RecordEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        UnionEmitter unions = new UnionEmitter(types);
        List<Supplier<JavaFile>> files = new ArrayList<>();
        for (TypeDecl decl : model.types()) {
            files.add(() -> {
                TypeSpec type;
                if (decl instanceof TypeDecl.ObjectDecl object) {
                    type = records.emit(object);
                } else if (decl instanceof TypeDecl.EnumDecl enumDecl) {
                    type = enums.emit(enumDecl);
                } else {
                    type = unions.emit((TypeDecl.UnionDecl) decl);
                }
                return file(modelPackage(), type);
            });
        }
        if (modelsOnly) {
            return files;
        }
        ApiEmitter apis = new ApiEmitter(types);
        String apiPackage = basePackage + ".api";
        for (var api : model.client().apis()) {
            files.add(() -> file(apiPackage, apis.emit(api, ClassName.get(apiPackage, api.javaName()))));
        }
        ClassName client = ClassName.get(basePackage, model.client().javaName());
        files.add(() -> file(basePackage, new ClientEmitter().emit(model.client(), client, apiPackage)));
        return files;
    }

    /** The generated enum classes: they implement the runtime's {@code OpenEnum}. */
    private static Set<String> enumClasses(ApiModel model) {
        return model.types().stream()
                .filter(TypeDecl.EnumDecl.class::isInstance)
                .map(TypeDecl::javaName)
                .collect(Collectors.toSet());
    }

    /**
     * The {@code package-info.java} of a generated package: every package is {@code @NullMarked},
     * so a type without {@code @Nullable} never holds null. JavaPoet writes no package files.
     */
    private String packageInfo(String packageName) {
        // One line comment, as JavaPoet writes the other files' header: a line break would end it.
        String source = JavadocSanitizer.sanitize(specName).replace('\n', ' ').replace('\t', ' ');
        return "// Generated by specpoet from " + source + ". Do not edit.\n"
                + "@" + RuntimeTypes.NULL_MARKED.simpleName() + "\n"
                + "package " + packageName + ";\n\n"
                + "import " + RuntimeTypes.NULL_MARKED.canonicalName() + ";\n";
    }

    private JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .addFileComment("Generated by specpoet from $L. Do not edit.", JavadocSanitizer.sanitize(specName))
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }
}
