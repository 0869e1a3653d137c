package io.specpoet.northflank;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.northflank.model.ReleaseFlowRun;
import io.specpoet.northflank.model.ReleaseFlowRunResponse;
import io.specpoet.northflank.model.ReleaseFlowRunStatus;
import io.specpoet.northflank.model.WorkflowNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both documented example responses, served by a real server and read through the SDK. */
class DocumentedExamplesTest {

    LoopbackServer server;
    NorthflankClient client;

    @BeforeEach
    void start() {
        server = new LoopbackServer();
        client = NorthflankClient.builder()
                .baseUri(server.uri())
                .bearerToken("test-token")
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String example(String name) throws IOException {
        try (InputStream in = DocumentedExamplesTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void getReleaseFlowRunReadsTheDocumentedExample() throws IOException {
        server.respond(200, example("get-release-flow-run.200.json"));

        ReleaseFlowRunResponse response =
                client.pipelines().getReleaseFlowRun("my-project", "my-pipeline", "production", "run 1/2");

        LoopbackServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath())
                .isEqualTo("/v1/projects/my-project/pipelines/my-pipeline/release-flows/production/runs/run%201%2F2");
        assertThat(request.header("Authorization")).isEqualTo("Bearer test-token");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("User-agent")).startsWith("NorthflankClient/v1 ");
        assertDocumentedRun(response.data());
    }

    @Test
    void abortReleaseFlowRunPostsAndReadsTheDocumentedExample() throws IOException {
        server.respond(200, example("abort-release-flow-run.200.json"));

        ReleaseFlowRunResponse response =
                client.pipelines().abortReleaseFlowRun("my-project", "my-pipeline", "production", "run1");

        LoopbackServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath())
                .isEqualTo("/v1/projects/my-project/pipelines/my-pipeline/release-flows/production/runs/run1/abort");
        assertDocumentedRun(response.data());
    }

    @Test
    void theAsyncMethodGivesTheSameResult() throws Exception {
        server.respond(200, example("get-release-flow-run.200.json"));

        ReleaseFlowRunResponse response =
                client.pipelines().getReleaseFlowRunAsync("p", "pl", "s", "r").get();

        assertDocumentedRun(response.data());
    }

    static void assertDocumentedRun(ReleaseFlowRun run) {
        assertThat(run.id()).isEqualTo("110ddb52-bdcd-482d-8ac2-05ba580afe2f");
        assertThat(run.status()).isEqualTo(ReleaseFlowRunStatus.SUCCESS);
        assertThat(run.status().value()).isEqualTo(ReleaseFlowRunStatus.Value.SUCCESS);
        assertThat(run.concluded()).isTrue();
        assertThat(run.startedAt()).isEqualTo(OffsetDateTime.parse("2021-01-01T12:01:00Z"));
        assertThat(run.triggers().get(0).ciIgnoreFlags()).containsExactly("[skip ci]");
        assertThat(run.gitops().branch()).isEqualTo("main");
        assertThat(run.spec()).isInstanceOfSatisfying(WorkflowNode.class, workflow -> {
            assertThat(workflow.settings().maxAttempts()).isEqualTo(3L);
            assertThat(workflow.settings().backoff().delay()).isEqualTo(60L);
            assertThat(workflow.response().retries().timestamp()).isEqualTo(1657296265L);
        });
    }
}
