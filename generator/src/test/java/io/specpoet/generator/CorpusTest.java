package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.corpus.CorpusEvidence;
import io.specpoet.generator.corpus.ExampleRoundTrip.Verdict;
import io.specpoet.generator.corpus.ExpectationsFile;
import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.testing.CorpusLocation;
import io.specpoet.generator.testing.JavaCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compile the world: every entry of the corpus of real-world specs (listed in its {@code
 * MANIFEST.tsv}; where it is: {@link CorpusLocation}) generates Java that javac compiles
 * against specpoet-runtime, or stops with a located {@code unsupported:} error for a construct
 * {@code corpus/unsupported.tsv} lists for it. Prints a table of every entry's outcome.
 *
 * <p>Each compiled entry is also evidence of how well its types fit real data ({@link
 * CorpusEvidence}), compared exactly with checked-in lists, so that a change in either direction
 * shows up as a diff to review: {@code corpus/json-typed.tsv}, how many record properties are still
 * JSON and why; {@code corpus/examples.tsv}, every example of the spec that breaks its own schema
 * (with the validator's reason) or that, valid, does not read into its generated type and write
 * back as the same JSON (with why). {@code -Dspecpoet.corpus.entries=a,b} checks only those
 * entries (and only their rows); {@code -Dspecpoet.updateGolden=true} rewrites the lists.
 */
class CorpusTest {

    static final Path CORPUS_RESOURCES =
            Path.of(System.getProperty("specpoet.module.dir", ".")).resolve("src/test/resources/corpus");

    static final Path UNSUPPORTED = CORPUS_RESOURCES.resolve("unsupported.tsv");

    static final ExpectationsFile JSON_TYPED = new ExpectationsFile(CORPUS_RESOURCES.resolve("json-typed.tsv"));

    static final ExpectationsFile EXAMPLES = new ExpectationsFile(CORPUS_RESOURCES.resolve("examples.tsv"));

    /**
     * Two at a time where there is room: javac is mostly single-threaded, and two of the largest
     * entries compile in a 1 GB heap.
     */
    static final int PARALLELISM = Runtime.getRuntime().maxMemory() < (1L << 30)
            ? 1
            : Math.min(2, Runtime.getRuntime().availableProcessors());

    @TempDir
    Path work;

    record Entry(String name, Path spec, long sizeBytes) {}

    /**
     * What happened to one entry; {@code problem} is null when it went as expected, {@code
     * evidence} when it did not compile.
     */
    record Outcome(
            Entry entry,
            String result,
            int files,
            double generateSeconds,
            double compileSeconds,
            String problem,
            CorpusEvidence evidence,
            double evidenceSeconds) {

        Outcome(Entry entry, String result, int files, double generateSeconds, double compileSeconds, String problem) {
            this(entry, result, files, generateSeconds, compileSeconds, problem, null, 0);
        }
    }

    @Test
    void everyEntryCompilesOrStopsOnAListedUnsupportedConstruct() throws Exception {
        List<Entry> manifest = manifest(CorpusLocation.require());
        List<String> names = manifest.stream().map(Entry::name).toList();
        Map<String, String> unsupported = unsupported();
        assertThat(names).as("entries listed in %s", UNSUPPORTED).containsAll(unsupported.keySet());
        List<Entry> entries = selected(manifest);

        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (Entry entry : entries) {
                pending.add(pool.submit(() -> run(entry, unsupported.get(entry.name()))));
            }
            for (Future<Outcome> outcome : pending) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        String table = table(outcomes, seconds);
        System.out.println(table);
        List<String> problems = outcomes.stream()
                .filter(outcome -> outcome.problem() != null)
                .map(outcome -> outcome.entry().name() + ": " + outcome.problem())
                .toList();
        assertThat(problems).as("corpus entries that failed:\n%s", table).isEmpty();

        Set<String> checked = outcomes.stream().map(o -> o.entry().name()).collect(java.util.stream.Collectors.toSet());
        List<String> jsonTypedRows = new ArrayList<>();
        List<String> exampleRows = new ArrayList<>();
        outcomes.stream().filter(o -> o.evidence() != null).forEach(o -> {
            jsonTypedRows.addAll(o.evidence().jsonTypedRows(o.entry().name()));
            exampleRows.addAll(o.evidence().exampleRows(o.entry().name()));
        });
        String jsonTypedDiff = JSON_TYPED.compare(jsonTypedRows, checked, names);
        String examplesDiff = EXAMPLES.compare(exampleRows, checked, names);
        assertThat(jsonTypedDiff)
                .as(
                        "JSON-typed properties differ from %s (review; -Dspecpoet.updateGolden=true rewrites it)",
                        JSON_TYPED.path())
                .isEmpty();
        assertThat(examplesDiff)
                .as(
                        "example outcomes differ from %s (review; -Dspecpoet.updateGolden=true rewrites it)",
                        EXAMPLES.path())
                .isEmpty();
    }

    /** The manifest's entries, or those {@code -Dspecpoet.corpus.entries} names (comma-separated). */
    private static List<Entry> selected(List<Entry> manifest) {
        String only = System.getProperty("specpoet.corpus.entries", "").strip();
        if (only.isEmpty() || only.startsWith("${")) {
            return manifest;
        }
        Set<String> names = Set.of(only.split("\\s*,\\s*"));
        List<Entry> entries =
                manifest.stream().filter(entry -> names.contains(entry.name())).toList();
        assertThat(entries.stream().map(Entry::name).toList())
                .as("-Dspecpoet.corpus.entries=%s names entries of the manifest", only)
                .containsExactlyInAnyOrderElementsOf(names);
        return entries;
    }

    private Outcome run(Entry entry, String expectedUnsupported) {
        long start = System.nanoTime();
        String packageName = "corpus." + entry.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        GeneratorRun generator = new GeneratorRun(entry.spec(), null, packageName, null, false);
        GeneratorRun.Linked linked;
        SortedMap<String, String> sources;
        try {
            linked = generator.link(warning -> {});
            sources = generator.emit(linked.model());
        } catch (GenerationException e) {
            double generateSeconds = (System.nanoTime() - start) / 1e9;
            List<String> messages =
                    e.diagnostics().stream().map(Diagnostic::render).toList();
            boolean listed = expectedUnsupported != null
                    && e.diagnostics().stream()
                            .allMatch(d -> d.message().startsWith("unsupported: ")
                                    && d.message().contains(expectedUnsupported));
            String summary = summary(messages);
            return new Outcome(
                    entry,
                    listed ? "unsupported (listed)" : "generation failed",
                    0,
                    generateSeconds,
                    0,
                    listed ? null : summary);
        } catch (RuntimeException e) {
            return new Outcome(entry, "generator crashed", 0, (System.nanoTime() - start) / 1e9, 0, e.toString());
        }
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        long compileStart = System.nanoTime();
        Path output = work.resolve(entry.name());
        List<String> errors = JavaCompilation.errors(sources, output);
        double compileSeconds = (System.nanoTime() - compileStart) / 1e9;
        if (!errors.isEmpty()) {
            deleteRecursively(output);
            return new Outcome(entry, "javac failed", sources.size(), generateSeconds, compileSeconds, summary(errors));
        }
        long evidenceStart = System.nanoTime();
        CorpusEvidence evidence;
        try (URLClassLoader classes = JavaCompilation.classLoader(output)) {
            evidence = CorpusEvidence.gather(linked, classes, packageName + ".model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(output);
        }
        String problem = expectedUnsupported == null
                ? null
                : "compiles, but " + UNSUPPORTED.getFileName() + " lists it as unsupported; remove it from the list";
        return new Outcome(
                entry,
                "compiled",
                sources.size(),
                generateSeconds,
                compileSeconds,
                problem,
                evidence,
                (System.nanoTime() - evidenceStart) / 1e9);
    }

    /** The first few messages and how many more there are. */
    private static String summary(List<String> messages) {
        int shown = Math.min(3, messages.size());
        String first = String.join(" | ", messages.subList(0, shown));
        return messages.size() > shown ? first + " | … " + (messages.size() - shown) + " more" : first;
    }

    private static String table(List<Outcome> outcomes, double seconds) {
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCorpus: %d entries in %.1f s (%d at a time)%n%-38s %9s  %-20s %6s %8s %8s %8s %7s %6s %6s %9s %7s %7s  %s%n",
                outcomes.size(),
                seconds,
                PARALLELISM,
                "entry",
                "size",
                "result",
                "files",
                "gen s",
                "javac s",
                "check s",
                "props",
                "json",
                "union",
                "examples",
                "invalid",
                "failing",
                "problem"));
        for (Outcome outcome : outcomes) {
            CorpusEvidence evidence = outcome.evidence();
            table.append(String.format(
                    Locale.ROOT,
                    "%-38s %8dK  %-20s %6d %8.1f %8.1f %8.1f %s  %s%n",
                    outcome.entry().name(),
                    outcome.entry().sizeBytes() / 1024,
                    outcome.result(),
                    outcome.files(),
                    outcome.generateSeconds(),
                    outcome.compileSeconds(),
                    outcome.evidenceSeconds(),
                    evidence == null ? String.format(Locale.ROOT, "%47s", "") : evidenceColumns(evidence),
                    outcome.problem() == null ? "" : outcome.problem()));
        }
        SortedMap<String, Integer> untyped = new TreeMap<>();
        outcomes.stream()
                .map(Outcome::evidence)
                .filter(Objects::nonNull)
                .forEach(evidence ->
                        evidence.untypedExamples().forEach((why, n) -> untyped.merge(why, n, Integer::sum)));
        table.append(
                "check s: the evidence of corpus/json-typed.tsv and corpus/examples.tsv; "
                        + "props: record properties; json: of them typed as JSON; union: of those, oneOf/anyOf. "
                        + "examples: round-tripped of checked; invalid: break their schema; failing: valid, not round-tripped.\n");
        untyped.forEach((why, n) -> table.append(String.format(Locale.ROOT, "not checked, %s: %d%n", why, n)));
        return table.toString();
    }

    private static String evidenceColumns(CorpusEvidence evidence) {
        int unions = evidence.jsonTyped().byReason().getOrDefault("oneOf", 0)
                + evidence.jsonTyped().byReason().getOrDefault("anyOf", 0);
        long failing = evidence.count(Verdict.UNREADABLE) + evidence.count(Verdict.CHANGED);
        return String.format(
                Locale.ROOT,
                "%7d %6d %6d %9s %7d %7d",
                evidence.jsonTyped().properties(),
                evidence.jsonTyped().jsonTyped(),
                unions,
                evidence.count(Verdict.ROUND_TRIPPED) + "/"
                        + evidence.examples().size(),
                evidence.count(Verdict.INVALID),
                failing);
    }

    /** The manifest's entries: a header row, then {@code name}, {@code entry_path}, … by tab. */
    private static List<Entry> manifest(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int name = header.indexOf("name");
        int path = header.indexOf("entry_path");
        int size = header.indexOf("size_bytes");
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] fields = line.split("\t");
                entries.add(new Entry(fields[name], corpus.resolve(fields[path]), Long.parseLong(fields[size])));
            }
        }
        assertThat(entries).as("entries of %s", corpus.resolve("MANIFEST.tsv")).isNotEmpty();
        return entries;
    }

    /** Entry name → expected text of its {@code unsupported:} message. */
    private static Map<String, String> unsupported() throws IOException {
        Map<String, String> unsupported = new LinkedHashMap<>();
        for (String line : Files.readAllLines(UNSUPPORTED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t", 2);
                assertThat(fields)
                        .as("line of %s: entry<TAB>message text", UNSUPPORTED)
                        .hasSize(2);
                unsupported.put(fields[0], fields[1]);
            }
        }
        return unsupported;
    }

    private static void deleteRecursively(Path directory) {
        try (var walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
