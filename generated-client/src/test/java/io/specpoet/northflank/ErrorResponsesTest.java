package io.specpoet.northflank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.specpoet.northflank.model.ErrorResponse;
import io.specpoet.runtime.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Northflank's error body, decoded into the spec's ErrorResponse. */
class ErrorResponsesTest {

    LoopbackServer server;
    NorthflankClient client;

    @BeforeEach
    void start() {
        server = new LoopbackServer();
        client = NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("secret-token-123")
                .maxRetries(0)
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aNotFoundCarriesTheDecodedErrorBody() {
        server.respond(
                404, "{\"error\":{\"status\":404,\"message\":\"Release flow run not found\",\"id\":\"not-found\"}}");

        ApiException error = catchThrowableOfType(
                ApiException.class, () -> client.pipelines().getReleaseFlowRun("p", "pl", "s", "missing"));

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.getMessage()).contains("Release flow run not found").doesNotContain("secret-token-123");
        assertThat(error.errorBody(ErrorResponse.class)).hasValueSatisfying(body -> {
            assertThat(body.error().message()).isEqualTo("Release flow run not found");
            assertThat(body.error().status()).isEqualTo(404L);
            assertThat(body.error().id()).isEqualTo("not-found");
        });
    }

    @Test
    void abortingIsNeverRetried() {
        client = NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("t")
                .maxRetries(3)
                .build();
        server.respond(503, "{\"error\":{\"message\":\"busy\"}}");

        ApiException error = catchThrowableOfType(
                ApiException.class, () -> client.pipelines().abortReleaseFlowRun("p", "pl", "s", "r"));

        assertThat(error.statusCode()).isEqualTo(503);
        assertThat(server.requests()).hasSize(1);
    }
}
