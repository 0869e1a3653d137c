package io.specpoet.maven;

import io.specpoet.generator.GeneratorRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Not a test: what the plugin's up-to-date check costs on a rebuild with nothing changed, for the
 * Northflank spec. The check is what {@link GenerateMojo} times and logs: {@link
 * UpToDateCheck#ofPlugin} and {@link UpToDateCheck#check}. {@code firstCheckInAProcess} is each
 * forked JVM's first check, as a Maven build (one JVM per build) pays it; {@code repeatedCheck}
 * is the check once the JVM has run it before (a build daemon, a second execution).
 *
 * <p>{@link #main} first generates once and records the success, as the first build does; every
 * fork then only checks. Run it with
 *
 * <pre>./mvnw -B -pl maven-plugin -am package -Pbench -DskipTests -Dinvoker.skip -Dbench.generation.skip</pre>
 *
 * <p>Arguments: the Northflank spec, an empty folder to generate into.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UpToDateCheckBenchmark {

    private static final String WORK = "specpoet.bench.work";
    private static final String SPEC = "specpoet.bench.spec";
    /** A snapshot, as in development: its identity would need a digest of the jar if the quick key missed. */
    private static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";

    private GeneratorRun run;
    private Path stateFile;

    public static void main(String[] args) throws Exception {
        Path spec = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(work);
        UpToDateCheckBenchmark first = new UpToDateCheckBenchmark();
        first.prepare(spec, work);
        UpToDateCheck check = UpToDateCheck.ofPlugin(first.run, PLUGIN_VERSION, first.stateFile);
        check.recordSuccess(first.run.execute());
        new Runner(new OptionsBuilder()
                        .include(UpToDateCheckBenchmark.class.getName())
                        .jvmArgsAppend("-D" + SPEC + "=" + spec, "-D" + WORK + "=" + work)
                        .build())
                .run();
    }

    private void prepare(Path spec, Path work) {
        run = new GeneratorRun(spec, work.resolve("generated-sources"), "io.specpoet.northflank", null, false);
        stateFile = work.resolve("default.state");
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        prepare(Path.of(System.getProperty(SPEC)), Path.of(System.getProperty(WORK)));
        if (!Files.isRegularFile(stateFile)) {
            throw new IllegalStateException("no state at " + stateFile + "; run main, which generates first");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(15)
    public UpToDateCheck.Verdict firstCheckInAProcess() throws IOException {
        return quickCheck();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public UpToDateCheck.Verdict repeatedCheck() throws IOException {
        return quickCheck();
    }

    /** The check, which must find the output up to date by sizes and times alone. */
    private UpToDateCheck.Verdict quickCheck() throws IOException {
        UpToDateCheck.Verdict verdict =
                UpToDateCheck.ofPlugin(run, PLUGIN_VERSION, stateFile).check();
        if (verdict != UpToDateCheck.Verdict.SAME_SIZES_AND_TIMES) {
            throw new IllegalStateException("expected an up-to-date output by sizes and times, found " + verdict);
        }
        return verdict;
    }
}
