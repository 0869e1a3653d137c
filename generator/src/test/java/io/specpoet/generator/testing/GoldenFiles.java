package io.specpoet.generator.testing;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares generated files with a reviewed expected tree, and rewrites the tree only when the
 * build is run with {@code -Dspecpoet.updateGolden=true}.
 */
public final class GoldenFiles {

    public static final boolean UPDATE = Boolean.getBoolean("specpoet.updateGolden");

    private GoldenFiles() {}

    public static SortedMap<String, String> read(Path directory) {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The differences between expected and actual as a readable report: missing and unexpected
     * files, and a unified diff per changed file. Empty when they are the same.
     */
    public static String differences(SortedMap<String, String> expected, SortedMap<String, String> actual) {
        StringBuilder report = new StringBuilder();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String want = expected.get(name);
            String got = actual.get(name);
            if (want == null) {
                report.append("unexpected file: ").append(name).append('\n');
            } else if (got == null) {
                report.append("missing file: ").append(name).append('\n');
            } else if (!want.equals(got)) {
                List<String> wantLines = want.lines().toList();
                List<String> gotLines = got.lines().toList();
                List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                        "expected/" + name, "actual/" + name, wantLines, DiffUtils.diff(wantLines, gotLines), 3);
                if (diff.isEmpty()) {
                    diff = new ArrayList<>(
                            List.of("--- expected/" + name, "+++ actual/" + name, "(line endings differ)"));
                }
                diff.forEach(line -> report.append(line).append('\n'));
            }
        }
        return report.toString();
    }

    /** Replaces the expected tree with {@code actual}. */
    public static void update(Path directory, SortedMap<String, String> actual) {
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> walk = Files.walk(directory)) {
                    for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (var entry : actual.entrySet()) {
                Path file = directory.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
