package io.specpoet.northflank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.northflank.model.ReleaseFlowRunResponse;
import io.specpoet.runtime.ClientConfig;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Not a test: the SDK's read path for the documented run response
 * ({@code spec/examples/get-release-flow-run.200.json}), each against Jackson's tree read of the
 * same bytes, the floor any binding starts from. Reading binds with the mapper a client uses by
 * default ({@link ClientConfig#defaultObjectMapper()}); validating uses Hibernate Validator as the
 * SDK's {@code ResponseValidation.LENIENT} does (the example breaks its schema twice, so each
 * validation reports two violations). Run it with
 *
 * <pre>./mvnw -B -pl generated-client -am package -Pbench -DskipTests</pre>
 *
 * <p>It runs in rounds ({@code -Dbench.rounds}, default 3), each one fork of every case.
 * {@code -Dbench.args="-i 3"} passes JMH options (here: three measurement iterations). The run
 * ends with a summary: each case's time, its ratio to {@code jacksonTree} (the median of the
 * rounds', and each round's), and the bytes it allocates per read (JMH's {@code
 * gc.alloc.rate.norm}, which load on the machine hardly moves).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadPathBenchmark {

    private final ObjectMapper mapper = ClientConfig.defaultObjectMapper();
    private ValidatorFactory validatorFactory;
    private Validator validator;
    private byte[] documented;
    private ReleaseFlowRunResponse model;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        try (InputStream in = ReadPathBenchmark.class.getResourceAsStream("/examples/get-release-flow-run.200.json")) {
            documented = in.readAllBytes();
        }
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
        model = mapper.readValue(documented, ReleaseFlowRunResponse.class);
        if (validator.validate(model).size() != 2) {
            throw new IllegalStateException("expected the documented example's two violations");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        validatorFactory.close();
    }

    /** The floor: Jackson's own tree of the same bytes. */
    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return mapper.readTree(documented);
    }

    @Benchmark
    public ReleaseFlowRunResponse bind() throws IOException {
        return mapper.readValue(documented, ReleaseFlowRunResponse.class);
    }

    @Benchmark
    public Set<ConstraintViolation<ReleaseFlowRunResponse>> bindAndValidate() throws IOException {
        return validator.validate(mapper.readValue(documented, ReleaseFlowRunResponse.class));
    }

    @Benchmark
    public byte[] write() throws IOException {
        return mapper.writeValueAsBytes(model);
    }

    private static final List<String> CASES = List.of("jacksonTree", "bind", "bindAndValidate", "write");

    /**
     * Runs the benchmark in rounds, each one fork of every case in turn, with JMH's allocation
     * profiler, and prints the summary. A machine whose speed drifts over minutes would skew a
     * ratio if each case ran all its forks before the next case started; within a round the
     * cases run back to back, and the summary gives the ratio of each round and their median.
     *
     * @param args JMH command line options, such as {@code -i 3}; {@code -Dbench.rounds} (default
     *     3) sets the rounds
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        CommandLineOptions commandLine = new CommandLineOptions(args);
        Map<String, List<Double>> micros = new TreeMap<>();
        Map<String, List<Double>> bytes = new TreeMap<>();
        Map<String, List<Double>> ratios = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            Options options = new OptionsBuilder()
                    .parent(commandLine)
                    .include(ReadPathBenchmark.class.getName() + "\\.")
                    .forks(1)
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(true)
                    .build();
            Map<String, RunResult> byName = new TreeMap<>();
            for (RunResult result : new Runner(options).run()) {
                String benchmark = result.getParams().getBenchmark();
                byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
            }
            double floor = byName.get("jacksonTree").getPrimaryResult().getScore();
            for (String name : CASES) {
                double time = byName.get(name).getPrimaryResult().getScore();
                micros.computeIfAbsent(name, k -> new ArrayList<>()).add(time);
                ratios.computeIfAbsent(name, k -> new ArrayList<>()).add(time / floor);
                bytes.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(byName.get(name)
                                .getSecondaryResults()
                                .get("gc.alloc.rate.norm")
                                .getScore());
            }
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "ReadPathBenchmark, %d rounds (goals: bind <= 1.5x and bindAndValidate <= 3x of jacksonTree)%n",
                rounds);
        System.out.printf(
                Locale.ROOT,
                "%-16s %12s %14s %12s   %s%n",
                "",
                "us per read",
                "x jacksonTree",
                "bytes/read",
                "x per round");
        for (String name : CASES) {
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %12.2f %14.2f %12.0f   %s%n",
                    name,
                    median(micros.get(name)),
                    median(ratios.get(name)),
                    median(bytes.get(name)),
                    ratios.get(name).stream()
                            .map(ratio -> String.format(Locale.ROOT, "%.2f", ratio))
                            .collect(Collectors.joining(" ")));
        }
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
