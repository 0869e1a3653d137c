package io.specpoet.generator.bench;

import io.specpoet.generator.GeneratorRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Not a test: prints how long generation takes and how much memory it needs, for the Northflank
 * spec and for the largest entry of the spec corpus, both in this JVM (one cold run, then warm
 * runs) and as a whole {@code java -jar specpoet-cli.jar} process (wall time and peak resident
 * memory, VmHWM, read from {@code /proc} while it runs), once with the JVM's default heap and
 * once with the heap bounded to {@value #BOUNDED_HEAP}. Run it with
 *
 * <pre>./mvnw -B -pl generator package -Pbench -DskipTests</pre>
 *
 * <p>Arguments: the Northflank spec, the corpus folder, the command-line jar.
 */
public final class GenerationBenchmark {

    private static final int WARM_RUNS = 5;

    /** A heap the largest spec generates in, to show memory stays bounded. */
    private static final String BOUNDED_HEAP = "-Xmx384m";

    private GenerationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path northflank = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path cliJar = Path.of(args[2]);
        Path largest = largestEntry(corpus);
        System.out.printf(Locale.ROOT, "specpoet generation benchmark (Java %s, %d processors, max heap %d MB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (Path spec : List.of(northflank, largest)) {
            System.out.printf(Locale.ROOT, "%n%s (%d KB)%n", spec.getFileName(), Files.size(spec) >> 10);
            inProcess(spec);
            wholeProcess(spec, cliJar, List.of());
            wholeProcess(spec, cliJar, List.of(BOUNDED_HEAP));
        }
    }

    /** The corpus entry with the largest document, by the manifest's {@code size_bytes}. */
    private static Path largestEntry(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        int path = header.indexOf("entry_path");
        int size = header.indexOf("size_bytes");
        return lines.subList(1, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .max(Comparator.comparingLong(fields -> Long.parseLong(fields[size])))
                .map(fields -> corpus.resolve(fields[path]))
                .orElseThrow();
    }

    private static void inProcess(Path spec) {
        List<Double> warm = new ArrayList<>();
        double cold = 0;
        int files = 0;
        for (int run = 0; run <= WARM_RUNS; run++) {
            long start = System.nanoTime();
            SortedMap<String, String> sources = new GeneratorRun(spec, null, "bench.generated", null, false).generate();
            double seconds = (System.nanoTime() - start) / 1e9;
            files = sources.size();
            if (run == 0) {
                cold = seconds;
            } else {
                warm.add(seconds);
            }
        }
        warm.sort(null);
        System.out.printf(Locale.ROOT, "  in process:          %d files; cold %.2f s; warm min %.2f s, median %.2f s"
                        + " (%d runs)%n",
                files, cold, warm.get(0), warm.get(warm.size() / 2), warm.size());
    }

    private static void wholeProcess(Path spec, Path cliJar, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path output = Files.createTempDirectory("specpoet-bench");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", cliJar.toString(), "generate",
                "--spec", spec.toString(), "--output", output.toString(), "--package", "bench.generated"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peakKb = -1;
        while (process.isAlive()) {
            peakKb = Math.max(peakKb, peakResidentKb(status));
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = process.waitFor();
        System.out.printf(Locale.ROOT, "  java %-9s -jar: exit %d; wall %.2f s; peak resident %s%n",
                String.join(" ", jvmOptions), exit, seconds, peakKb < 0 ? "n/a (no /proc)" : (peakKb >> 10) + " MB");
        try (var walk = Files.walk(output)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** VmHWM, the peak resident set of a running process, in KB; -1 when it cannot be read. */
    private static long peakResidentKb(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the check and the read, or there is no /proc.
        }
        return -1;
    }
}
