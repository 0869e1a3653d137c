package io.specpoet.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.testing.JavaCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Member;
import java.net.URL;
import java.net.URLClassLoader;
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
import java.util.Random;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator under fuzzing. Random valid specs (hostile names and text, every type, format and
 * constraint, recursion and deep nesting) must generate Java that compiles, the same bytes on a
 * second run in another locale and time zone, and no code that the spec's text smuggled in.
 * Random damage to real specs (a node deleted, duplicated or retyped) must give Java that
 * compiles or a {@link GenerationException} whose every diagnostic is located, never another
 * exception.
 *
 * <p>Seeds are fixed, so every build tries the same specs: try {@code i} of a test uses seed
 * {@code base + i}. A failure names its seed and saves the spec under
 * {@code target/fuzz-failures}; {@code -Dspecpoet.fuzz.seed=S} makes {@code S} the base of every
 * test (so try 0 is that spec again), and {@code -Dspecpoet.fuzz.scale=N} runs N times as many
 * tries, for a longer hunt than the build affords. Compilation is the slow part, so each test
 * compiles all its outputs in one javac run, and a test on a slow machine stops trying new specs
 * once its time budget is spent (after a minimum number of tries), to keep the suite within a
 * minute of the build.
 */
class GeneratorFuzzTest {

    private static final Long SEED = Long.getLong("specpoet.fuzz.seed");
    private static final int SCALE = Integer.getInteger("specpoet.fuzz.scale", 1);

    private static final Path MODULE = Path.of(System.getProperty("specpoet.module.dir", "."));
    private static final Path FAILURES = MODULE.resolve("target/fuzz-failures");
    /** Read as CorpusTest reads it; without the corpus only the repository's own specs are mutated. */
    private static final Path CORPUS = Path.of(System.getProperty("specpoet.corpus.dir", "../../shared/corpus"));
    /** Corpus entries up to this size are mutated; generating the large ones takes seconds each. */
    private static final long CORPUS_MAX_BYTES = Long.getLong("specpoet.fuzz.corpusMaxBytes", 64 * 1024);

    /** A generation that takes longer has hung: no spec in these tests needs a tenth of it. */
    private static final long GENERATION_TIMEOUT_SECONDS = 60;

    /** Time budget of the generation part of each test, in seconds; javac's run comes on top. */
    private static final long BUDGET_SECONDS = 12L * SCALE;

    private static final ObjectMapper JSON_WRITER = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ExecutorService GENERATOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzzed-generation");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    Path work;

    @AfterAll
    static void stopGenerator() {
        GENERATOR.shutdownNow();
    }

    @Test
    void randomSpecsGenerateTheSameBytesTwiceAndInjectNoCode() throws IOException {
        long base = SEED != null ? SEED : 1_000L;
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        int tries = 0;
        for (int i = 0; i < 60 * SCALE && failures.size() < 5 && (i < 10 || System.nanoTime() < deadline); i++) {
            tries++;
            long seed = base + i;
            Path spec = writeRandomSpec(seed, work.resolve("try" + i));
            try {
                SortedMap<String, String> first = generate(spec, "fuzz.generated");
                SortedMap<String, String> second = generateElsewhere(spec, "fuzz.generated");
                List<String> problems = new ArrayList<>(differences(first, second));
                problems.addAll(injectedCode(first));
                if (!problems.isEmpty()) {
                    failures.add(failure(seed, spec, String.join("\n  ", problems)));
                }
            } catch (Throwable e) {
                failures.add(failure(seed, spec, describe(e)));
            }
        }
        System.out.printf("fuzz: %d random specs generated twice%n", tries);
        assertThat(failures).as("random specs that failed").isEmpty();
    }

    @Test
    void randomSpecsCompile() throws Exception {
        long base = SEED != null ? SEED : 2_000_000L;
        Map<String, Long> seedByPackage = new LinkedHashMap<>();
        Map<String, Path> specByPackage = new LinkedHashMap<>();
        SortedMap<String, String> sources = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 6 * SCALE; i++) {
            long seed = base + i;
            String packageName = "fuzz.compiled.s" + i;
            Path spec = writeRandomSpec(seed, work.resolve("try" + i));
            try {
                sources.putAll(generate(spec, packageName));
                seedByPackage.put(packageName, seed);
                specByPackage.put(packageName, spec);
            } catch (Throwable e) {
                failures.add(failure(seed, spec, describe(e)));
            }
        }
        failures.addAll(compileFailures(sources, seedByPackage, specByPackage));
        assertThat(failures).as("random specs that failed").isEmpty();
    }

    /** A spec that generated, with what was done to it. */
    private record Mutant(Path spec, long seed, List<String> mutations) {}

    @Test
    void damagedSpecsCompileOrFailWithLocatedErrors() throws Exception {
        long base = SEED != null ? SEED : 3_000_000L;
        List<Path> specs = new ArrayList<>(repositorySpecs());
        specs.addAll(smallCorpusSpecs());
        Map<String, Long> seedByPackage = new LinkedHashMap<>();
        Map<String, Path> specByPackage = new LinkedHashMap<>();
        SortedMap<String, String> sources = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int mutantsPerSpec = 2 * SCALE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        int tries = 0;
        int repositorySpecs = repositorySpecs().size();
        for (int s = 0; s < specs.size() && (s < repositorySpecs || System.nanoTime() < deadline); s++) {
            Path copy = copyFolder(specs.get(s).getParent(), work.resolve("spec" + s));
            JsonNode original = YAML.readTree(specs.get(s).toFile());
            for (int m = 0; m < mutantsPerSpec; m++) {
                long seed = base + (long) s * mutantsPerSpec + m;
                tries++;
                Random random = new Random(seed);
                JsonNode damaged = original.deepCopy();
                List<String> mutations = SpecMutations.mutate(damaged, random, 1 + random.nextInt(3));
                Path mutant = copy.resolve("mutant" + m + (random.nextBoolean() ? ".yaml" : ".json"));
                write(damaged, mutant);
                String what = specs.get(s) + ", " + String.join("; ", mutations);
                String packageName = "fuzz.damaged.s" + s + "m" + m;
                try {
                    SortedMap<String, String> first = generate(mutant, packageName);
                    List<String> problems = differences(first, generate(mutant, packageName));
                    if (!problems.isEmpty()) {
                        failures.add(failure(seed, mutant, what + "\n  " + String.join("\n  ", problems)));
                    }
                    sources.putAll(first);
                    seedByPackage.put(packageName, seed);
                    specByPackage.put(packageName, mutant);
                } catch (GenerationException e) {
                    List<String> unlocated = e.diagnostics().stream()
                            .filter(d -> !isLocated(d))
                            .map(Diagnostic::render)
                            .toList();
                    if (!unlocated.isEmpty()) {
                        failures.add(
                                failure(seed, mutant, what + "\n  not located: " + String.join("\n  ", unlocated)));
                    }
                } catch (Throwable e) {
                    failures.add(failure(seed, mutant, what + "\n  " + describe(e)));
                }
            }
        }
        System.out.printf(
                "fuzz: %d damaged specs from %d of %d specs (%d in the repository), %d of them generated%n",
                tries, tries / mutantsPerSpec, specs.size(), repositorySpecs, seedByPackage.size());
        failures.addAll(compileFailures(sources, seedByPackage, specByPackage));
        assertThat(failures).as("damaged specs that failed").isEmpty();
    }

    // ---- generation ------------------------------------------------------------------------

    private static SortedMap<String, String> generate(Path spec, String packageName) throws Throwable {
        Future<SortedMap<String, String>> run =
                GENERATOR.submit(() -> new GeneratorRun(spec, null, packageName, null, false).generate());
        try {
            return run.get(GENERATION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("generation did not finish in " + GENERATION_TIMEOUT_SECONDS + " s");
        }
    }

    /** The second run: another locale and time zone, whose rules must not reach the output. */
    private static SortedMap<String, String> generateElsewhere(Path spec, String packageName) throws Throwable {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            return generate(spec, packageName);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static Path writeRandomSpec(long seed, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path spec = folder.resolve(seed % 2 == 0 ? "api.yaml" : "api.json");
        write(RandomSpecs.spec(seed), spec);
        return spec;
    }

    private static void write(JsonNode document, Path file) throws IOException {
        ObjectMapper mapper = file.toString().endsWith(".json") ? JSON_WRITER : YAML;
        Files.writeString(
                file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document), StandardCharsets.UTF_8);
    }

    // ---- checks ----------------------------------------------------------------------------

    private static List<String> differences(SortedMap<String, String> first, SortedMap<String, String> second) {
        List<String> differences = new ArrayList<>();
        if (!first.keySet().equals(second.keySet())) {
            differences.add("the second run wrote other files: " + first.keySet() + " then " + second.keySet());
        }
        first.forEach((path, text) -> {
            if (second.containsKey(path) && !text.equals(second.get(path))) {
                differences.add("the second run wrote other bytes to " + path);
            }
        });
        return differences;
    }

    private static List<String> injectedCode(SortedMap<String, String> sources) {
        List<String> injected = new ArrayList<>();
        sources.forEach((path, text) -> InjectionScan.markersInCode(text, HostileText.MARKERS)
                .forEach(hit -> injected.add("code from the spec in " + path + ", " + hit)));
        return injected;
    }

    /**
     * A diagnostic a person can act on: a file, a line in it, and a message; not the fallback for
     * a Swagger Parser failure, which names no place (each such failure wants a check of its own).
     */
    private static boolean isLocated(Diagnostic diagnostic) {
        return !diagnostic.location().file().isBlank()
                && diagnostic.location().hasLine()
                && !diagnostic.message().isBlank()
                && !diagnostic.message().startsWith("Swagger Parser could not read the document");
    }

    /**
     * Compiles every package at once (javac's start-up is most of its time on small inputs) and
     * names the spec of each package that does not compile; then checks by reflection that no
     * compiled class, method or field is one the spec's text declared.
     */
    private List<String> compileFailures(
            SortedMap<String, String> sources, Map<String, Long> seedByPackage, Map<String, Path> specByPackage)
            throws IOException {
        if (sources.isEmpty()) {
            return List.of();
        }
        Path output = work.resolve("compiled");
        List<String> errors = JavaCompilation.errors(sources, output);
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> errorsByPackage = new TreeMap<>();
        for (String error : errors) {
            String packageName = seedByPackage.keySet().stream()
                    .filter(p -> error.startsWith(p.replace('.', '/') + "/"))
                    .findFirst()
                    .orElse("?");
            errorsByPackage.computeIfAbsent(packageName, p -> new ArrayList<>()).add(error);
        }
        errorsByPackage.forEach((packageName, messages) -> failures.add(
                packageName.equals("?")
                        ? "javac: " + String.join("\n  ", messages)
                        : failure(
                                seedByPackage.get(packageName),
                                specByPackage.get(packageName),
                                "javac:\n  "
                                        + String.join("\n  ", messages.subList(0, Math.min(5, messages.size()))))));
        if (errors.isEmpty()) {
            failures.addAll(declaredByTheSpec(output.resolve("classes")));
        }
        return failures;
    }

    private static List<String> declaredByTheSpec(Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, GeneratorFuzzTest.class.getClassLoader());
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                Class<?> type;
                try {
                    type = Class.forName(name.substring(0, name.length() - ".class".length()), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    found.add("cannot load " + name + ": " + e);
                    continue;
                }
                List<Member> members = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
                members.addAll(Arrays.asList(type.getDeclaredFields()));
                if (HostileText.MARKERS.contains(type.getSimpleName())) {
                    found.add("class " + type.getName() + " comes from the spec's text");
                }
                members.stream()
                        .filter(member -> HostileText.MARKERS.contains(member.getName()))
                        .forEach(member -> found.add("member " + member + " comes from the spec's text"));
            }
        }
        return found;
    }

    // ---- inputs ----------------------------------------------------------------------------

    /** The Northflank spec and every golden case's spec: always in the repository. */
    private static List<Path> repositorySpecs() throws IOException {
        List<Path> specs = new ArrayList<>();
        specs.add(MODULE.resolve("../spec/northflank-release-flows.yaml").normalize());
        try (Stream<Path> cases = Files.list(MODULE.resolve("src/test/resources/golden"))) {
            cases.map(folder -> folder.resolve("openapi.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(specs::add);
        }
        return specs;
    }

    /** The corpus entries small enough to generate many times within the build's minute. */
    private static List<Path> smallCorpusSpecs() throws IOException {
        Path manifest = CORPUS.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        List<Path> specs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] fields = line.split("\t");
                if (Long.parseLong(fields[header.indexOf("size_bytes")]) <= CORPUS_MAX_BYTES) {
                    specs.add(CORPUS.resolve(fields[header.indexOf("entry_path")]));
                }
            }
        }
        return specs;
    }

    /** A writable copy of a spec's folder, so mutants sit next to the files the spec refers to. */
    private static Path copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path relative = from.relativize(source);
                boolean output = false;
                for (Path part : relative) {
                    output |= List.of("expected", "target", "node_modules").contains(part.toString());
                }
                if (output) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    // ---- reports ---------------------------------------------------------------------------

    /** Describes a failure by its seed and keeps the spec that caused it. */
    private static String failure(long seed, Path spec, String problem) {
        try {
            Files.createDirectories(FAILURES);
            Path kept = FAILURES.resolve(seed + "-" + spec.getFileName());
            Files.copy(spec, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return "seed " + seed + " (spec kept as " + kept + "):\n  " + problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            text.append("\n    at ").append(trace[i]);
        }
        return text.toString();
    }
}
