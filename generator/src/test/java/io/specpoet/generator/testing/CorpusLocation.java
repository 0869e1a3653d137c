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

    static final String PROPERTY = "specpoet.corpus.dir";

    private CorpusLocation() {}

    /** The corpus folder, or a failed assumption (test not run) when it is neither given nor at its default place. */
    public static Path require() {
        String given = System.getProperty(PROPERTY, "").strip();
        if (!given.isEmpty() && !given.startsWith("${")) {
            Path directory = Path.of(System.getProperty("specpoet.invocation.dir", ""))
                    .resolve(given)
                    .toAbsolutePath()
                    .normalize();
            if (!Files.isRegularFile(directory.resolve("MANIFEST.tsv"))) {
                fail(
                        "-D" + PROPERTY + "=" + given + " names " + directory
                                + ", which has no MANIFEST.tsv: give the folder that holds the corpus's MANIFEST.tsv and specs");
            }
            return directory;
        }
        Path fallback = Path.of(System.getProperty("specpoet.corpus.default", "../../shared/corpus"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(fallback.resolve("MANIFEST.tsv"))) {
            String notRun = "corpus check not run: no spec corpus at " + fallback + "; to run it, give the folder "
                    + "holding the corpus's MANIFEST.tsv and specs: ./mvnw -B verify -D" + PROPERTY + "=DIR";
            // Surefire's console shows a skipped test only as a count: say why on the console too.
            System.out.println(notRun);
            assumeTrue(false, notRun);
        }
        return fallback;
    }
}
