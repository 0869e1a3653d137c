package io.specpoet.generator.bench;

import io.specpoet.generator.testing.CorpusLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: measures generation as users run it, one whole process per run, with wall time and
 * peak resident memory (VmHWM, read from {@code /proc} while the process runs).
 *
 * <ol>
 *   <li>Every corpus entry and the Northflank spec through the {@code specpoet} launcher, with
 *       {@code --timings}: the time of each stage (load, link, emit, write), the whole process's
 *       time and its peak resident memory.
 *   <li>Head to head with OpenAPI Generator (java, native library, bean validation) on the
 *       Northflank spec and on the largest corpus entry: runs interleaved (ours, theirs, ours, …)
 *       so a loaded machine slows both alike; medians and their ratio.
 * </ol>
 *
 * Run it with
 *
 * <pre>./mvnw -B -pl generator -am package -Pbench -DskipTests</pre>
 *
 * <p>Arguments: the Northflank spec, the folder holding {@code specpoet} and {@code
 * specpoet-cli.jar}, the OpenAPI Generator command-line jar. The corpus is found as the corpus
 * check finds it ({@code -Dspecpoet.corpus.dir}, see {@link CorpusLocation}). {@code
 * -Dbench.rounds} (default 3) sets the interleaved rounds.
 */
public final class GenerationBenchmark {

    private static final Pattern STAGE =
            Pattern.compile("^specpoet: (load|link|emit|write) ([0-9.]+) s$", Pattern.MULTILINE);

    private static final String PACKAGE = "bench.generated";

    private GenerationBenchmark() {}

    /** One finished process. */
    record Run(int exit, double seconds, long peakKb, String output) {
        String peak() {
            return peakKb < 0 ? "n/a" : (peakKb >> 10) + " MB";
        }
    }

    public static void main(String[] args) throws Exception {
        Path northflank = Path.of(args[0]);
        Path distribution = Path.of(args[1]);
        Path openApiGenerator = Path.of(args[2]);
        Path corpus;
        try {
            corpus = CorpusLocation.locate();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (corpus == null) {
            System.err.println(CorpusLocation.missingDefault() + " with -D" + CorpusLocation.PROPERTY + "=DIR");
            System.exit(2);
            return;
        }
        try {
            measure(northflank, distribution, openApiGenerator, corpus);
        } finally {
            deleteOutputs();
        }
    }

    private static void measure(Path northflank, Path distribution, Path openApiGenerator, Path corpus)
            throws IOException, InterruptedException {
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path launcher = distribution.resolve("specpoet");
        Path cache = Files.createTempDirectory("specpoet-bench-cache");
        System.out.printf(
                Locale.ROOT,
                "specpoet generation benchmark (Java %s, %d processors, load average %s)%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());

        // The launcher's first run makes its class-data archive; users pay that once.
        Run first = run(specpoet(launcher, northflank, true), cache);
        System.out.printf(
                Locale.ROOT,
                "%nfirst run (makes the class-data archive): %.2f s, exit %d%n",
                first.seconds(),
                first.exit());

        System.out.printf(
                Locale.ROOT, "%n| spec | KB | files | load s | link s | emit s | write s | process s | peak MB |%n");
        System.out.printf(Locale.ROOT, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put("northflank", northflank);
        entries.putAll(corpusEntries(corpus));
        for (var entry : entries.entrySet()) {
            Run run = run(specpoet(launcher, entry.getValue(), true), cache);
            Map<String, String> stages = new LinkedHashMap<>();
            Matcher matcher = STAGE.matcher(run.output());
            while (matcher.find()) {
                stages.put(matcher.group(1), matcher.group(2));
            }
            Matcher written =
                    Pattern.compile("specpoet: ([0-9]+) files written").matcher(run.output());
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s | %.2f | %s |%s%n",
                    entry.getKey(),
                    Files.size(entry.getValue()) >> 10,
                    written.find() ? written.group(1) : "-",
                    stages.getOrDefault("load", "-"),
                    stages.getOrDefault("link", "-"),
                    stages.getOrDefault("emit", "-"),
                    stages.getOrDefault("write", "-"),
                    run.seconds(),
                    run.peakKb() < 0 ? "n/a" : Long.toString(run.peakKb() >> 10),
                    run.exit() == 0 ? "" : " exit " + run.exit());
        }

        Path largest = largestEntry(corpus);
        for (Path spec : List.of(northflank, largest)) {
            headToHead(spec, launcher, distribution.resolve("specpoet-cli.jar"), openApiGenerator, cache, rounds);
        }
    }

    private static void headToHead(Path spec, Path launcher, Path cliJar, Path openApiGenerator, Path cache, int rounds)
            throws IOException, InterruptedException {
        System.out.printf(
                Locale.ROOT,
                "%n%s (%d KB), %d interleaved rounds, load average %s%n",
                spec.getFileName(),
                Files.size(spec) >> 10,
                rounds,
                loadAverage());
        List<Run> ours = new ArrayList<>();
        List<Run> plainJar = new ArrayList<>();
        List<Run> theirs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ours.add(run(specpoet(launcher, spec, false), cache));
            theirs.add(run(openApiGenerator(openApiGenerator, spec), cache));
            plainJar.add(run(javaJar(cliJar, spec), cache));
        }
        double theirMedian = median(theirs);
        report("specpoet (launcher)", ours, theirMedian);
        report("java -jar specpoet-cli.jar", plainJar, theirMedian);
        report("OpenAPI Generator", theirs, theirMedian);
    }

    private static void report(String what, List<Run> runs, double reference) {
        double median = median(runs);
        long peak = runs.stream().mapToLong(Run::peakKb).max().orElse(-1);
        System.out.printf(
                Locale.ROOT,
                "  %-28s median %6.2f s (%s), %.2f× OpenAPI Generator; peak resident %s; exits %s%n",
                what,
                median,
                String.join(
                        " ",
                        runs.stream()
                                .map(r -> String.format(Locale.ROOT, "%.2f", r.seconds()))
                                .toList()),
                median / reference,
                peak < 0 ? "n/a" : (peak >> 10) + " MB",
                runs.stream().map(r -> Integer.toString(r.exit())).distinct().toList());
    }

    private static double median(List<Run> runs) {
        double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        int middle = seconds.length / 2;
        return seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
    }

    /** A command line, given the empty folder it is to write into. */
    @FunctionalInterface
    interface Command {
        List<String> writingTo(Path output);
    }

    private static Command specpoet(Path launcher, Path spec, boolean timings) {
        return output -> {
            List<String> command = new ArrayList<>(List.of(
                    launcher.toString(),
                    "generate",
                    "--spec",
                    spec.toString(),
                    "--package",
                    PACKAGE,
                    "--output",
                    output.toString()));
            if (timings) {
                command.add("--timings");
            }
            return command;
        };
    }

    private static Command javaJar(Path cliJar, Path spec) {
        return output -> List.of(
                java(),
                "-jar",
                cliJar.toString(),
                "generate",
                "--spec",
                spec.toString(),
                "--package",
                PACKAGE,
                "--output",
                output.toString());
    }

    /**
     * OpenAPI Generator's Java client with the native library and Bean Validation, the closest to
     * what specpoet makes. Its YAML code-point limit is raised, or it refuses large specs.
     */
    private static Command openApiGenerator(Path jar, Path spec) {
        return output -> List.of(
                java(),
                "-DmaxYamlCodePoints=" + Integer.MAX_VALUE,
                "-jar",
                jar.toString(),
                "generate",
                "-g",
                "java",
                "--library",
                "native",
                "--additional-properties",
                "useBeanValidation=true",
                "-i",
                spec.toString(),
                "-o",
                output.toString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command, writing into a new empty folder. */
    private static Run run(Command command, Path cache) throws IOException, InterruptedException {
        Path output = Files.createTempDirectory("specpoet-bench");
        Path log = Files.createTempFile("specpoet-bench", ".log");
        ProcessBuilder builder = new ProcessBuilder(command.writingTo(output))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPECPOET_CACHE", cache.toString());
        builder.environment().remove("SPECPOET_OPTS");
        long start = System.nanoTime();
        Process process = builder.start();
        long peakKb = -1;
        while (process.isAlive()) {
            // The launcher execs java, or runs it as a child while it makes the archive.
            peakKb = Math.max(peakKb, peakResidentKb(process.toHandle()));
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = process.waitFor();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        OUTPUTS.add(output);
        return new Run(exit, seconds, peakKb, text);
    }

    /**
     * Every run's output, deleted when the benchmark ends rather than between runs. On ext4 without a
     * journal (as on the machines here), a new inode is not taken from those deleted in the last
     * minute, or six while their table block is unwritten (the kernel's {@code recently_deleted}),
     * and every allocation walks past them again: after a run's thousands of files were deleted,
     * the next run spent up to 3 s of system time creating its own. That is the benchmark's doing,
     * not the generator's.
     */
    private static final List<Path> OUTPUTS = new ArrayList<>();

    private static void deleteOutputs() throws IOException {
        for (Path output : OUTPUTS) {
            try (var walk = Files.walk(output)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        OUTPUTS.clear();
    }

    /** The largest VmHWM (peak resident set, KB) of a process and its children; -1 if unreadable. */
    private static long peakResidentKb(ProcessHandle process) {
        long peak = vmHwmKb(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            peak = Math.max(peak, vmHwmKb(child.pid()));
        }
        return peak;
    }

    private static long vmHwmKb(long pid) {
        try {
            for (String line :
                    Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the check and the read, or there is no /proc.
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Corpus entries by name, in the manifest's order. */
    private static Map<String, Path> corpusEntries(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        int name = header.indexOf("name");
        int path = header.indexOf("entry_path");
        Map<String, Path> entries = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] fields = line.split("\t");
                entries.put(fields[name], corpus.resolve(fields[path]));
            }
        }
        return entries;
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
}
