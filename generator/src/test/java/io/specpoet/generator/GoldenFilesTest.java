package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.testing.GoldenFiles;
import io.specpoet.generator.testing.JavaCompilation;
import io.specpoet.generator.testing.JavadocLint;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under {@code golden/} holds a spec (or names one in
 * {@code case.properties}) and the reviewed output under {@code expected/}. Regenerate the
 * expected trees with {@code ./mvnw -pl generator test -Dspecpoet.updateGolden=true} and review
 * the diff before committing.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of(System.getProperty("specpoet.golden.dir", "src/test/resources/golden"));
    static final Path MODULE = Path.of(System.getProperty("specpoet.module.dir", "."));

    /**
     * @param userSources the folder of the user's classes the case's schema mappings name, compiled
     *     with the generated ones
     */
    record GoldenCase(
            String name,
            Path spec,
            String packageName,
            Path expected,
            SortedMap<String, String> typeMappings,
            SortedMap<String, String> schemaMappings,
            boolean modelsOnly,
            Path userSources) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<GoldenCase> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory)
                    .sorted()
                    .map(GoldenFilesTest::goldenCase)
                    .toList();
        }
    }

    private static GoldenCase goldenCase(Path folder) {
        Properties properties = new Properties();
        Path file = folder.resolve("case.properties");
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        String name = folder.getFileName().toString();
        Path spec = properties.containsKey("spec")
                ? MODULE.resolve(properties.getProperty("spec")).normalize()
                : folder.resolve("openapi.yaml");
        return new GoldenCase(
                name,
                spec,
                properties.getProperty("package", "golden." + name),
                folder.resolve("expected"),
                mappings(properties.getProperty("typeMappings", "")),
                mappings(properties.getProperty("schemaMappings", "")),
                Boolean.parseBoolean(properties.getProperty("modelsOnly", "false")),
                folder.resolve("user"));
    }

    /** {@code a=b,c=d} as a map, as the command line's repeated options give it. */
    private static SortedMap<String, String> mappings(String text) {
        SortedMap<String, String> mappings = new TreeMap<>();
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                String[] parts = entry.strip().split("=", 2);
                mappings.put(parts[0], parts[1]);
            }
        }
        return mappings;
    }

    private static SortedMap<String, String> generate(GoldenCase goldenCase) {
        return new GeneratorRun(
                        goldenCase.spec(),
                        null,
                        goldenCase.packageName(),
                        null,
                        false,
                        goldenCase.typeMappings(),
                        goldenCase.schemaMappings(),
                        goldenCase.modelsOnly())
                .generate();
    }

    /** The reviewed files, with the user's classes the case maps schemas to. */
    private static SortedMap<String, String> reviewedSources(GoldenCase goldenCase) {
        SortedMap<String, String> sources = new TreeMap<>(GoldenFiles.read(goldenCase.userSources()));
        sources.putAll(GoldenFiles.read(goldenCase.expected()));
        return sources;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedOutputMatchesTheReviewedFiles(GoldenCase goldenCase) {
        SortedMap<String, String> actual = generate(goldenCase);
        if (GoldenFiles.UPDATE) {
            GoldenFiles.update(goldenCase.expected(), actual);
        }
        String differences = GoldenFiles.differences(GoldenFiles.read(goldenCase.expected()), actual);
        assertThat(differences)
                .as(
                        "generated output of golden case '%s' differs from %s (rerun with -Dspecpoet.updateGolden=true "
                                + "to accept, then review the diff)",
                        goldenCase.name(), goldenCase.expected())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reviewedFilesCompile(GoldenCase goldenCase, @TempDir Path work) {
        assertThat(GoldenFiles.read(goldenCase.expected())).isNotEmpty();
        JavaCompilation.compile(reviewedSources(goldenCase), work);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reviewedFilesPassJavadocWithDoclint(GoldenCase goldenCase, @TempDir Path work) {
        assertThat(JavadocLint.problems(reviewedSources(goldenCase), work))
                .as("javadoc -Xdoclint:all,-missing over golden case '%s'", goldenCase.name())
                .isEmpty();
    }

    @Test
    void doclintFindsBrokenHtml(@TempDir Path work) {
        String source = "package p;\n/** Opens <b>bold and never closes it. */\npublic class Broken {}\n";

        assertThat(JavadocLint.problems(java.util.Map.of("p/Broken.java", source), work))
                .contains("<b>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generationIsRepeatable(GoldenCase goldenCase) {
        assertThat(generate(goldenCase)).isEqualTo(generate(goldenCase));
    }

    @Test
    void everyOneLineChangeToAnExpectedFileIsReported() throws IOException {
        for (GoldenCase goldenCase : cases()) {
            SortedMap<String, String> expected = GoldenFiles.read(goldenCase.expected());
            for (var entry : expected.entrySet()) {
                List<String> lines = entry.getValue().lines().toList();
                for (int line : new int[] {0, lines.size() / 2, lines.size() - 1}) {
                    SortedMap<String, String> changed = new TreeMap<>(expected);
                    List<String> edited = new java.util.ArrayList<>(lines);
                    edited.set(line, edited.get(line) + " ");
                    changed.put(entry.getKey(), String.join("\n", edited) + "\n");
                    assertThat(GoldenFiles.differences(expected, changed))
                            .as("a change to line %d of %s/%s", line + 1, goldenCase.name(), entry.getKey())
                            .contains("@@");
                }
            }
        }
    }
}
