package io.specpoet.northflank;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.northflank.model.ReleaseFlowRun;
import io.specpoet.northflank.model.ReleaseFlowRunResponse;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The usage snippet of CONTRACT.md, as written there, against a loopback server standing in for
 * api.northflank.com (only the base URI and the token's source differ).
 */
class ContractUsageTest {

    @Test
    void theContractSnippetCompilesAndRuns() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.respond(200, DocumentedExamplesTest.example("get-release-flow-run.200.json"));
            String projectId = "project";
            String pipelineId = "pipeline";
            String stage = "production";
            String runId = "run";

            NorthflankClient client = NorthflankClient.builder()
                    .baseUri(URI.create(server.uri().toString())) // default: the spec's first server
                    .bearerToken("token-from-NORTHFLANK_API_TOKEN")
                    .requestTimeout(Duration.ofSeconds(30)) // optional
                    .maxRetries(2) // optional; idempotent calls only
                    .build();
            ReleaseFlowRunResponse r = client.pipelines().getReleaseFlowRun(projectId, pipelineId, stage, runId);
            ReleaseFlowRun run = r.data();
            client.pipelines().abortReleaseFlowRun(projectId, pipelineId, stage, runId);
            CompletableFuture<ReleaseFlowRunResponse> future =
                    client.pipelines().getReleaseFlowRunAsync(projectId, pipelineId, stage, runId);

            assertThat(run.id()).isEqualTo("110ddb52-bdcd-482d-8ac2-05ba580afe2f");
            assertThat(future.get().data()).isEqualTo(run);
            assertThat(server.requests())
                    .extracting(LoopbackServer.Recorded::method)
                    .containsExactly("GET", "POST", "GET");
        }
    }
}
