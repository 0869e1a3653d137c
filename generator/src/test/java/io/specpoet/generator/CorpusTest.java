package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.testing.CorpusLocation;
import io.specpoet.generator.testing.JavaCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
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
 */
class CorpusTest {

    static final Path UNSUPPORTED = Path.of(System.getProperty("specpoet.module.dir", "."))
            .resolve("src/test/resources/corpus/unsupported.tsv");

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

    /** What happened to one entry; {@code problem} is null when it went as expected. */
    record Outcome(Entry entry, String result, int files, double generateSeconds, double compileSeconds, String problem) {}

    @Test
    void everyEntryCompilesOrStopsOnAListedUnsupportedConstruct() throws Exception {
        List<Entry> entries = manifest(CorpusLocation.require());
        Map<String, String> unsupported = unsupported();
        assertThat(entries.stream().map(Entry::name).toList())
                .as("entries listed in %s", UNSUPPORTED)
                .containsAll(unsupported.keySet());

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
    }

    private Outcome run(Entry entry, String expectedUnsupported) {
        long start = System.nanoTime();
        SortedMap<String, String> sources;
        try {
            String packageName = "corpus." + entry.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            sources = new GeneratorRun(entry.spec(), null, packageName, null, false).generate();
        } catch (GenerationException e) {
            double generateSeconds = (System.nanoTime() - start) / 1e9;
            List<String> messages = e.diagnostics().stream().map(Diagnostic::render).toList();
            boolean listed = expectedUnsupported != null && e.diagnostics().stream()
                    .allMatch(d -> d.message().startsWith("unsupported: ") && d.message().contains(expectedUnsupported));
            String summary = summary(messages);
            return new Outcome(entry, listed ? "unsupported (listed)" : "generation failed", 0, generateSeconds, 0,
                    listed ? null : summary);
        } catch (RuntimeException e) {
            return new Outcome(entry, "generator crashed", 0, (System.nanoTime() - start) / 1e9, 0, e.toString());
        }
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        long compileStart = System.nanoTime();
        List<String> errors = JavaCompilation.errors(sources, work.resolve(entry.name()));
        double compileSeconds = (System.nanoTime() - compileStart) / 1e9;
        deleteRecursively(work.resolve(entry.name()));
        if (!errors.isEmpty()) {
            return new Outcome(entry, "javac failed", sources.size(), generateSeconds, compileSeconds, summary(errors));
        }
        String problem = expectedUnsupported == null ? null
                : "compiles, but " + UNSUPPORTED.getFileName() + " lists it as unsupported; remove it from the list";
        return new Outcome(entry, "compiled", sources.size(), generateSeconds, compileSeconds, problem);
    }

    /** The first few messages and how many more there are. */
    private static String summary(List<String> messages) {
        int shown = Math.min(3, messages.size());
        String first = String.join(" | ", messages.subList(0, shown));
        return messages.size() > shown ? first + " | … " + (messages.size() - shown) + " more" : first;
    }

    private static String table(List<Outcome> outcomes, double seconds) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nCorpus: %d entries in %.1f s (%d at a time)%n%-38s %9s  %-20s %6s %8s %8s  %s%n",
                outcomes.size(), seconds, PARALLELISM, "entry", "size", "result", "files", "gen s", "javac s", "problem"));
        for (Outcome outcome : outcomes) {
            table.append(String.format(Locale.ROOT, "%-38s %8dK  %-20s %6d %8.1f %8.1f  %s%n",
                    outcome.entry().name(), outcome.entry().sizeBytes() / 1024, outcome.result(), outcome.files(),
                    outcome.generateSeconds(), outcome.compileSeconds(),
                    outcome.problem() == null ? "" : outcome.problem()));
        }
        return table.toString();
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
                assertThat(fields).as("line of %s: entry<TAB>message text", UNSUPPORTED).hasSize(2);
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
