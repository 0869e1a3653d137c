package io.specpoet.generator.corpus;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.specpoet.generator.testing.GoldenFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A checked-in, tab-separated list of what the corpus check expects (rows whose first column is
 * the corpus entry), compared exactly: an improvement shows up as a diff just as a regression
 * does, and the engineer updates the file deliberately, with {@code -Dspecpoet.updateGolden=true}
 * like the golden files. Lines starting with {@code #} are kept as they are.
 */
public final class ExpectationsFile {

    private final Path file;

    public ExpectationsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /**
     * Compares the rows of the checked entries with {@code actual}; returns a unified diff, empty
     * when they match. With the update switch, rewrites those rows first (rows of entries not
     * checked in this run stay), in manifest order.
     */
    public String compare(List<String> actual, Set<String> checkedEntries, List<String> manifestOrder) {
        List<String> comments = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Predicate<String> checked = row -> checkedEntries.contains(row.split("\t", 2)[0]);
        for (String line : read()) {
            if (line.startsWith("#")) {
                comments.add(line);
            } else if (!line.isBlank()) {
                (checked.test(line) ? expected : kept).add(line);
            }
        }
        Comparator<String> order = Comparator.comparing((String row) -> manifestOrder.indexOf(row.split("\t", 2)[0]))
                .thenComparing(Comparator.naturalOrder());
        List<String> sorted = actual.stream().sorted(order).toList();
        if (GoldenFiles.UPDATE) {
            List<String> rows = new ArrayList<>(kept);
            rows.addAll(sorted);
            rows.sort(order);
            List<String> lines = new ArrayList<>(comments);
            lines.addAll(rows);
            write(lines);
            return "";
        }
        expected.sort(order);
        if (expected.equals(sorted)) {
            return "";
        }
        return String.join(
                "\n",
                UnifiedDiffUtils.generateUnifiedDiff(
                        "expected/" + file.getFileName(),
                        "actual/" + file.getFileName(),
                        expected,
                        DiffUtils.diff(expected, sorted),
                        0));
    }

    private List<String> read() {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell of a row: no tab or line break, so the file stays one row per line. */
    public static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
