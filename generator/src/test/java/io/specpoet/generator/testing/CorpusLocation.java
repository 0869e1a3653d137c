package io.specpoet.generator.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the corpus of real-world specs is, for the tests that need it. The corpus is third-party
 * text and stays out of the repository, so a bare clone has none:
 *
 * <ul>
 *   <li>given as {@code -Dspecpoet.corpus.dir=DIR} (relative to the folder Maven was started in),
 *       DIR must hold {@code MANIFEST.tsv}, or the test fails naming DIR;
 *   <li>not given, the default location ({@code ../shared/corpus} next to the repository) is used
 *       when it is there, and otherwise the test is reported as not run, saying how to run it.
 * </ul>
 */
public final class CorpusLocation {

    public static final String PROPERTY = "specpoet.corpus.dir";

    private CorpusLocation() {}

    /** The corpus folder, or a failed assumption (test not run) when it is neither given nor at its default place. */
    public static Path require() {
        Path directory;
        try {
            directory = locate();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (directory == null) {
            String notRun = "corpus check not run: " + missingDefault() + " (./mvnw -B verify -D" + PROPERTY + "=DIR)";
            // Surefire's console shows a skipped test only as a count: say why on the console too.
            System.out.println(notRun);
            assumeTrue(false, notRun);
        }
        return directory;
    }

    /**
     * The corpus folder: the one given, or the default location when it is there; null when
     * neither is given nor there (then {@link #missingDefault()} says how to give it).
     *
     * @throws IllegalArgumentException when the folder given holds no {@code MANIFEST.tsv}
     */
    public static Path locate() {
        String given = System.getProperty(PROPERTY, "").strip();
        if (!given.isEmpty() && !given.startsWith("${")) {
            Path directory = Path.of(System.getProperty("specpoet.invocation.dir", ""))
                    .resolve(given)
                    .toAbsolutePath()
                    .normalize();
            if (!Files.isRegularFile(directory.resolve("MANIFEST.tsv"))) {
                throw new IllegalArgumentException(
                        "-D" + PROPERTY + "=" + given + " names " + directory
                                + ", which has no MANIFEST.tsv: give the folder that holds the corpus's MANIFEST.tsv and specs");
            }
            return directory;
        }
        Path fallback = defaultLocation();
        return Files.isRegularFile(fallback.resolve("MANIFEST.tsv")) ? fallback : null;
    }

    /** Why no corpus was found, and what to give instead. */
    public static String missingDefault() {
        return "no spec corpus at " + defaultLocation()
                + "; give the folder holding the corpus's MANIFEST.tsv and specs";
    }

    private static Path defaultLocation() {
        return Path.of(System.getProperty("specpoet.corpus.default", "../../shared/corpus"))
                .toAbsolutePath()
                .normalize();
    }
}
