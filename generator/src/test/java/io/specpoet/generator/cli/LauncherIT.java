package io.specpoet.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code specpoet} launcher as shipped next to {@code specpoet-cli.jar} (after
 * {@code package}): its first run makes a class-data archive, later runs load the generator's
 * classes from it, a stale archive is remade, and output and exit codes are the jar's own.
 */
class LauncherIT {

    static final Path DISTRIBUTION = Path.of(System.getProperty("specpoet.distribution.dir", "target"));
    static final Path GOLDEN = Path.of(System.getProperty("specpoet.golden.dir", "src/test/resources/golden"));
    static final Path NORTHFLANK = Path.of("../spec/northflank-release-flows.yaml");

    @TempDir
    Path work;

    record Result(int exit, String output) {}

    @Test
    void firstRunMakesTheArchiveAndLaterRunsLoadFromIt() throws Exception {
        Path cache = work.resolve("cache");
        Path first = work.resolve("first");
        Result made = generateNorthflank(cache, first);
        assertThat(made.exit()).as(made.output()).isZero();
        SortedMap<String, String> golden = GoldenFiles.read(GOLDEN.resolve("northflank/expected"));
        assertThat(made.output())
                .isEqualTo("specpoet: " + golden.size() + " files written, 0 unchanged, 0 deleted in " + first + "\n");
        assertThat(generated(first)).isEqualTo(golden);
        List<Path> archives = archives(cache);
        assertThat(archives).hasSize(1);

        // -Xshare:on makes the JVM fail rather than run without the archive; the class-loading log
        // names where each class came from.
        Path second = work.resolve("second");
        Result shared = launch(
                cache,
                "-Xshare:on -Xlog:class+load=info",
                "generate",
                "--spec",
                NORTHFLANK.toString(),
                "--output",
                second.toString(),
                "--package",
                "io.specpoet.northflank");
        assertThat(shared.exit()).as(shared.output()).isZero();
        assertThat(shared.output())
                .containsPattern("io\\.specpoet\\.generator\\.GeneratorRun source: shared objects file \\(top\\)")
                .containsPattern("com\\.palantir\\.javapoet\\.JavaFile source: shared objects file \\(top\\)");
        assertThat(generated(second)).isEqualTo(generated(first));
    }

    @Test
    void anArchiveOlderThanTheJarIsMadeAgain() throws Exception {
        Path cache = work.resolve("cache");
        assertThat(generateNorthflank(cache, work.resolve("first")).exit()).isZero();
        Path archive = archives(cache).get(0);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(0));

        Result again = generateNorthflank(cache, work.resolve("second"));
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(archives(cache)).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(0);
    }

    /**
     * Help, version and a failed generation load few of the generator's classes: an archive of
     * them would serve every later run badly, so none is made, and no partial file is left.
     */
    @Test
    void onlyASuccessfulGenerationMakesTheArchive() throws Exception {
        Path cache = work.resolve("cache");
        assertThat(launch(cache, "", "--help").exit()).isZero();
        assertThat(launch(cache, "", "--version").exit()).isZero();
        Result failed = launch(
                cache,
                "",
                "generate",
                "--spec",
                work.resolve("missing.yaml").toString(),
                "--output",
                work.resolve("out").toString(),
                "--package",
                "p");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(cache)
                .satisfiesAnyOf(
                        folder -> assertThat(folder).doesNotExist(),
                        folder -> assertThat(folder).isEmptyDirectory());

        assertThat(generateNorthflank(cache, work.resolve("generated")).exit()).isZero();
        assertThat(archives(cache)).hasSize(1);
        assertThat(archives(cache).get(0).getFileName().toString()).endsWith(".jsa");
    }

    @Test
    void exitCodesAndMessagesAreTheJarsOwn() throws Exception {
        Path cache = work.resolve("cache");
        Result usage = launch(cache, "", "generate", "--spec", NORTHFLANK.toString());
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.output()).contains("Missing required options");

        Path missing = work.resolve("missing.yaml");
        Result failed = launch(
                cache,
                "",
                "generate",
                "--spec",
                missing.toString(),
                "--output",
                work.resolve("out").toString(),
                "--package",
                "p");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.output()).contains(missing + ": file not found");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void runsWithoutAnArchiveWhereTheCacheCannotBeWritten() throws Exception {
        Path blocked = Files.writeString(work.resolve("not-a-folder"), "");
        Path output = work.resolve("out");
        Result result = generateNorthflank(blocked.resolve("cache"), output);
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(generated(output)).isEqualTo(GoldenFiles.read(GOLDEN.resolve("northflank/expected")));
    }

    private static Result generateNorthflank(Path cache, Path output) throws IOException, InterruptedException {
        return launch(
                cache,
                "",
                "generate",
                "--spec",
                NORTHFLANK.toString(),
                "--output",
                output.toString(),
                "--package",
                "io.specpoet.northflank");
    }

    private static Result launch(Path cache, String options, String... arguments)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(DISTRIBUTION.resolve("specpoet").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("SPECPOET_CACHE", cache.toString());
        environment.put("SPECPOET_OPTS", options);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    private static SortedMap<String, String> generated(Path output) throws IOException {
        SortedMap<String, String> files = GoldenFiles.read(output);
        files.remove(".specpoet-manifest");
        return files;
    }
}
