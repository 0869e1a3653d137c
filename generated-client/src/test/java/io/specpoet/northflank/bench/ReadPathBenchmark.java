package io.specpoet.northflank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.northflank.model.ReleaseFlowRunResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not a test: the SDK's read path for the documented run response
 * ({@code spec/examples/get-release-flow-run.200.json}), each against Jackson's tree read of the
 * same bytes, the floor any binding starts from. Reading binds with the mapper users get
 * ({@code findAndRegisterModules()}); validating uses Hibernate Validator as the SDK's
 * {@code ResponseValidation.LENIENT} does (the example breaks its schema twice, so each
 * validation reports two violations). Run it with
 *
 * <pre>./mvnw -B -pl generated-client -am package -Pbench -DskipTests</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadPathBenchmark {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
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
}
