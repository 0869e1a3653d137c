package io.specpoet.northflank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.specpoet.runtime.RequestValidation;
import io.specpoet.runtime.RequestValidationException;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK checks its arguments before sending: a missing path parameter never leaves the client. */
class RequestValidationTest {

    LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.respond(200, DocumentedExamplesTest.example("get-release-flow-run.200.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMissingPathParameterIsRefusedByNameAndNothingIsSent() {
        NorthflankClient client = NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("t")
                .build();

        RequestValidationException error = catchThrowableOfType(
                RequestValidationException.class, () -> client.pipelines().getReleaseFlowRun(null, "pl", null, "r"));

        assertThat(error.violations())
                .extracting(Object::toString)
                .containsExactly("projectId: must not be null", "stage: must not be null");
        assertThat(error.operationId()).isEqualTo("getReleaseFlowRun");
        assertThat(server.requests()).isEmpty();

        client.pipelines().getReleaseFlowRun("p", "pl", "s", "r");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void offLeavesTheCheckToTheRuntimeAsBefore() {
        NorthflankClient client = NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("t")
                .requestValidation(RequestValidation.OFF)
                .build();

        Throwable error = catchThrowableOfType(
                RuntimeException.class, () -> client.pipelines().getReleaseFlowRun(null, "pl", "s", "r"));

        assertThat(error).isNotInstanceOf(RequestValidationException.class);
        assertThat(server.requests()).isEmpty();
    }
}
