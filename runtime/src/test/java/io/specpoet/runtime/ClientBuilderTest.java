package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client shaped like a generated one, built through {@link ClientBuilder}. */
@Timeout(20)
class ClientBuilderTest {

    /** What specpoet generates, reduced to one operation. */
    static final class ExampleClient {
        private final ApiClient api;

        private ExampleClient(ApiClient api) {
            this.api = api;
        }

        static Builder builder() {
            return new Builder();
        }

        static final class Builder extends ClientBuilder<Builder, ExampleClient> {
            private Builder() {
                super("example-java", "2.0.1", URI.create("https://api.example.com"));
            }

            @Override
            public ExampleClient build() {
                return new ExampleClient(buildApiClient());
            }
        }

        private static ApiRequest getRunRequest(String projectId, String flowId, String stage, String runId) {
            return ApiRequest.builder("GET", "/v1/projects/{projectId}/release-flows/{flowId}/{stage}/runs/{runId}")
                    .operationId("getRun")
                    .pathParameter("projectId", projectId)
                    .pathParameter("flowId", flowId)
                    .pathParameter("stage", stage)
                    .pathParameter("runId", runId)
                    .errorType(404, TestModels.NorthflankError.class)
                    .build();
        }

        TestModels.Project getRun(String projectId, String flowId, String stage, String runId) {
            return api.send(getRunRequest(projectId, flowId, stage, runId), TestModels.Project.class)
                    .body();
        }

        CompletableFuture<TestModels.Project> getRunAsync(String projectId, String flowId, String stage, String runId) {
            return api.sendAsync(getRunRequest(projectId, flowId, stage, runId), TestModels.Project.class)
                    .thenApply(ApiResponse::body);
        }

        @Override
        public String toString() {
            return "ExampleClient[" + api.config() + "]";
        }
    }

    @Test
    void generatedBuilderPassesDefaultsAndOptions() {
        ObjectMapper mapper = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        ClientConfig config = ExampleClient.builder()
                .baseUri(URI.create("https://eu.example.com/api"))
                .httpClient(http)
                .requestTimeout(Duration.ofSeconds(7))
                .connectTimeout(Duration.ofSeconds(3))
                .maxRetries(5)
                .retryBackoff(Duration.ofMillis(100), Duration.ofSeconds(2))
                .maxRetryAfter(Duration.ofSeconds(9))
                .userAgentSuffix("app/1")
                .responseValidation(ResponseValidation.OFF)
                .objectMapper(mapper)
                .buildConfig();
        assertThat(config.baseUri()).isEqualTo(URI.create("https://eu.example.com/api"));
        assertThat(config.sdkName()).isEqualTo("example-java");
        assertThat(config.sdkVersion()).isEqualTo("2.0.1");
        assertThat(config.httpClient()).isSameAs(http);
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.maxRetries()).isEqualTo(5);
        assertThat(config.initialBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.maxRetryAfter()).isEqualTo(Duration.ofSeconds(9));
        assertThat(config.userAgent())
                .startsWith("example-java/2.0.1 specpoet-runtime/")
                .endsWith(" app/1");
        assertThat(config.responseValidation()).isEqualTo(ResponseValidation.OFF);
        assertThat(config.objectMapper()).isSameAs(mapper);
        assertThat(config.hasBearerToken()).isFalse();
    }

    @Test
    void defaults() {
        ClientConfig config = ExampleClient.builder().buildConfig();
        assertThat(config.baseUri()).isEqualTo(URI.create("https://api.example.com"));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.httpClient().connectTimeout()).hasValue(Duration.ofSeconds(10));
        assertThat(config.httpClient().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(config.maxRetries()).isEqualTo(2);
        assertThat(config.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.responseValidation()).isEqualTo(ResponseValidation.LENIENT);
        assertThat(config.userAgentSuffix()).isNull();
        assertThat(config.objectMapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isFalse();
    }

    @Test
    void refusesBadOptions() {
        ExampleClient.Builder b = ExampleClient.builder();
        assertThatThrownBy(() -> b.maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.requestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxRetryAfter(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.baseUri(URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.baseUri(URI.create("https://x/?q=1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.baseUri(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.userAgentSuffix("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientConfig.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ClientConfig.builder().sdk("my sdk", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedClientCallsTheServer() throws Exception {
        try (TestServer server = TestServer.start(
                json(200, "{\"id\":\"run\"}"),
                json(404, "{\"error\":{\"status\":404,\"message\":\"no run\",\"id\":\"x\"}}"))) {
            ExampleClient client = ExampleClient.builder()
                    .baseUri(server.uri())
                    .bearerToken("secret-token-123")
                    .build();
            assertThat(client.getRunAsync("p 1", "f", "s", "r/1").get().id()).isEqualTo("run");
            assertThat(server.only().target()).isEqualTo("/v1/projects/p%201/release-flows/f/s/runs/r%2F1");
            assertThatThrownBy(() -> client.getRun("p", "f", "s", "r"))
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            e -> assertThat(e.errorBody(TestModels.NorthflankError.class))
                                    .isPresent())
                    .hasMessage("HTTP 404 from GET /v1/projects/p/release-flows/f/s/runs/r: no run [operation"
                            + " getRun]");
        }
    }
}
