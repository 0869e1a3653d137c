package io.specpoet.generator.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DocumentationTool;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs the real javadoc tool with doclint over sources, as a consumer's javadoc build would. */
public final class JavadocLint {

    private JavadocLint() {}

    /**
     * Writes {@code sources} under {@code workDirectory} and runs javadoc with {@code
     * -Xdoclint:all,-missing} against the test classpath; returns its errors and warnings, or an
     * empty string when it is clean.
     */
    public static String problems(Map<String, String> sources, Path workDirectory) {
        try {
            Path sourceRoot = Files.createDirectories(workDirectory.resolve("javadoc-src"));
            Path output = Files.createDirectories(workDirectory.resolve("javadoc"));
            List<Path> files = new ArrayList<>();
            for (var entry : sources.entrySet()) {
                if (entry.getKey().endsWith(".java")) {
                    Path file = sourceRoot.resolve(entry.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
                    files.add(file);
                }
            }
            DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
            StringWriter messages = new StringWriter();
            try (StandardJavaFileManager fileManager =
                    javadoc.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = List.of(
                        "-Xdoclint:all,-missing",
                        "--release",
                        "17",
                        "-encoding",
                        "UTF-8",
                        "-quiet",
                        "-classpath",
                        System.getProperty("java.class.path"),
                        "-d",
                        output.toString());
                Boolean ok = javadoc.getTask(
                                new PrintWriter(messages),
                                fileManager,
                                null,
                                null,
                                options,
                                fileManager.getJavaFileObjectsFromPaths(files))
                        .call();
                String text = messages.toString().strip();
                return ok && text.isEmpty() ? "" : (text.isEmpty() ? "javadoc failed" : text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
