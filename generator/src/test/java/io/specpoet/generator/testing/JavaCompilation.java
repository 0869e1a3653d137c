package io.specpoet.generator.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the real javac, against the test classpath (which holds
 * specpoet-runtime and its dependencies, as a consumer's would), and loads the classes.
 */
public final class JavaCompilation {

    private JavaCompilation() {}

    /**
     * Writes {@code sources} (relative path → text) under {@code workDirectory}, compiles them
     * with {@code -Xlint:all -Werror}-free warnings reported, and returns a class loader for them.
     * Fails the test with javac's messages if anything does not compile.
     */
    public static ClassLoader compile(Map<String, String> sources, Path workDirectory) {
        List<String> errors = errors(sources, workDirectory);
        if (!errors.isEmpty()) {
            fail("generated code does not compile:\n" + String.join("\n", errors));
        }
        return classLoader(workDirectory);
    }

    /** A class loader for what {@link #errors} compiled under {@code workDirectory}. */
    public static URLClassLoader classLoader(Path workDirectory) {
        try {
            return new URLClassLoader(
                    new URL[] {workDirectory.resolve("classes").toUri().toURL()},
                    JavaCompilation.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code sources} under {@code workDirectory} and compiles them into its {@code classes}
     * folder; returns javac's errors, each as {@code file:line: message}, or none.
     */
    public static List<String> errors(Map<String, String> sources, Path workDirectory) {
        try {
            Path sourceRoot = Files.createDirectories(workDirectory.resolve("src"));
            Path classes = Files.createDirectories(workDirectory.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (var entry : sources.entrySet()) {
                if (!entry.getKey().endsWith(".java")) {
                    continue;
                }
                Path file = sourceRoot.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager =
                    javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = List.of(
                        "--release",
                        "17",
                        "-encoding",
                        "UTF-8",
                        "-proc:none",
                        "-implicit:none",
                        "-classpath",
                        System.getProperty("java.class.path"),
                        "-d",
                        classes.toString());
                javac.getTask(
                                null,
                                fileManager,
                                diagnostics,
                                options,
                                null,
                                fileManager.getJavaFileObjectsFromPaths(files))
                        .call();
            }
            return diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null
                                    ? ""
                                    : sourceRoot.relativize(
                                                    Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
