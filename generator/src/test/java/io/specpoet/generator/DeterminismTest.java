package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.cli.SpecpoetCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same spec gives the same bytes whatever the locale, time zone and default charset of the
 * JVM that runs the generator: each run is a separate java process with different settings.
 */
class DeterminismTest {

    static final Path SPEC = Path.of(System.getProperty("specpoet.module.dir", "."))
            .resolve("../spec/northflank-release-flows.yaml")
            .normalize();

    @TempDir
    Path work;

    @Test
    void outputIsIdenticalAcrossLocalesTimeZonesAndCharsets() throws Exception {
        SortedMap<String, byte[]> reference = runInProcess("en", "US", "UTC", "UTF-8");
        SortedMap<String, byte[]> turkish = runInProcess("tr", "TR", "Pacific/Chatham", "ISO-8859-9");
        SortedMap<String, byte[]> thai = runInProcess("th", "TH", "Asia/Kathmandu", "US-ASCII");

        assertThat(reference).isNotEmpty();
        assertSameBytes(reference, turkish);
        assertSameBytes(reference, thai);
    }

    private SortedMap<String, byte[]> runInProcess(String language, String country, String zone, String charset)
            throws IOException, InterruptedException {
        Path output = work.resolve(language);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Duser.language=" + language,
                "-Duser.country=" + country,
                "-Duser.timezone=" + zone,
                "-Dfile.encoding=" + charset,
                "-cp",
                System.getProperty("java.class.path"),
                SpecpoetCommand.class.getName(),
                "generate",
                "--spec",
                SPEC.toString(),
                "--output",
                output.toString(),
                "--package",
                "io.specpoet.northflank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(log).isZero();
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameBytes(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }
}
