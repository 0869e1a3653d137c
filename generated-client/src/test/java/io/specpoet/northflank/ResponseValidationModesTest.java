package io.specpoet.northflank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.specpoet.northflank.model.ReleaseFlowRunResponse;
import io.specpoet.runtime.ApiException;
import io.specpoet.runtime.ApiResponse;
import io.specpoet.runtime.ResponseValidation;
import io.specpoet.runtime.ResponseValidationException;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The documented example breaks its own schema (gitops without filePath, a Workflow node
 * without its spec): read leniently by default, refused in strict mode, unchecked when off.
 */
class ResponseValidationModesTest {

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

    NorthflankClient client(ResponseValidation mode) {
        return NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("validation-test-token")
                .responseValidation(mode)
                .build();
    }

    @Test
    void lenientByDefaultReadsTheExampleAndReportsWhereItBreaksTheSchema() {
        NorthflankClient client = NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("validation-test-token")
                .build();

        ApiResponse<ReleaseFlowRunResponse> response =
                client.pipelines().getReleaseFlowRunWithResponse("p", "pl", "s", "r");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().data().gitops().filePath()).isNull();
        assertThat(response.violations())
                .extracting(ResponseValidationException.Violation::path)
                .containsExactlyInAnyOrder("data.gitops.filePath", "data.spec.spec");
    }

    @Test
    void strictModeListsEveryViolation() {
        ResponseValidationException error = catchThrowableOfType(
                ResponseValidationException.class,
                () -> client(ResponseValidation.STRICT).pipelines().getReleaseFlowRun("p", "pl", "s", "r"));

        assertThat(error.violations())
                .extracting(ResponseValidationException.Violation::path)
                .containsExactlyInAnyOrder("data.gitops.filePath", "data.spec.spec");
        assertThat(error.getMessage()).contains("data.gitops.filePath", "data.spec.spec");
    }

    @Test
    void offSkipsValidation() {
        ApiResponse<ReleaseFlowRunResponse> response =
                client(ResponseValidation.OFF).pipelines().getReleaseFlowRunWithResponse("p", "pl", "s", "r");

        assertThat(response.violations()).isEmpty();
    }

    /**
     * A value of another JSON type than its schema's is not read into something else (a plain
     * Jackson mapper would make the number a string "404"): the read fails, in every mode.
     */
    @ParameterizedTest
    @EnumSource(ResponseValidation.class)
    void aValueOfTheWrongJsonTypeFailsTheReadInEveryMode(ResponseValidation mode) throws IOException {
        String example = DocumentedExamplesTest.example("get-release-flow-run.200.json");
        String broken = example.replace("\"name\": \"Example run\"", "\"name\": 404");
        assertThat(broken).isNotEqualTo(example);
        server.respond(200, broken);

        assertThatThrownBy(() -> client(mode).pipelines().getReleaseFlowRun("p", "pl", "s", "r"))
                .isExactlyInstanceOf(ApiException.class)
                .hasMessageContaining("the value at data.name is the integer 404, but its schema's type is string"
                        + " (read as String)")
                .hasMessageEndingWith("[operation getReleaseFlowRun]");
    }
}
