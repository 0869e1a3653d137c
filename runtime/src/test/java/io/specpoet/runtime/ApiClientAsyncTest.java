package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code sendAsync}: the same outcomes as {@code send}, delivered through a future. */
@Timeout(20)
class ApiClientAsyncTest {

    private static final ApiRequest GET = ApiRequest.builder("GET", "/x").build();

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException || t instanceof ExecutionException ? t.getCause() : t;
    }

    @Test
    void succeeds() throws Exception {
        try (TestServer server = TestServer.start(json(200, "[{\"id\":\"a\"}]"))) {
            ApiClient client =
                    new ApiClient(TestModels.config(server).bearerToken("tok").build());
            ApiResponse<List<TestModels.Project>> response = client.sendAsync(
                            GET, new TypeReference<List<TestModels.Project>>() {})
                    .get(10, TimeUnit.SECONDS);
            assertThat(response.body()).containsExactly(new TestModels.Project("a", null));
            assertThat(server.only().header("Authorization")).isEqualTo("Bearer tok");
            assertThat(server.only().header("Accept")).isEqualTo("application/json");
        }
    }

    @Test
    void errorCompletesExceptionally() throws Exception {
        try (TestServer server =
                TestServer.start(json(404, "{\"error\":{\"status\":404,\"message\":\"gone\",\"id\":\"i\"}}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            CompletableFuture<ApiResponse<TestModels.Project>> future = client.sendAsync(
                    ApiRequest.builder("GET", "/x")
                            .errorType(404, TestModels.NorthflankError.class)
                            .build(),
                    TestModels.Project.class);
            assertThatThrownBy(future::join)
                    .isInstanceOf(CompletionException.class)
                    .extracting(ApiClientAsyncTest::unwrap)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.errorBody(TestModels.NorthflankError.class))
                                .isPresent();
                        assertThat(e).hasMessage("HTTP 404 from GET /x: gone");
                    });
        }
    }

    @Test
    void retriesWithoutBlocking() throws Exception {
        try (TestServer server = TestServer.start(
                json(503, "{}"), json(429, "{}").header("Retry-After", "1"), json(200, "{\"id\":\"ok\"}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            CompletableFuture<ApiResponse<TestModels.Project>> future = client.sendAsync(GET, TestModels.Project.class);
            // The call returns at once, while the client waits out the Retry-After.
            assertThat(future).isNotDone();
            assertThat(future.get(10, TimeUnit.SECONDS).body().id()).isEqualTo("ok");
            assertThat(server.requests()).hasSize(3);
            assertThat(server.spacingMillis(1)).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void postIsNotRetried() throws Exception {
        try (TestServer server = TestServer.start(json(503, "{}"), json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            CompletableFuture<ApiResponse<Void>> future = client.sendAsync(
                    ApiRequest.builder("POST", "/x").jsonBody(List.of(1)).build(), Void.class);
            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .extracting(ApiClientAsyncTest::unwrap)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
            assertThat(server.requests()).hasSize(1);
            assertThat(server.only().body()).isEqualTo("[1]");
        }
    }

    @Test
    void connectionFailureIsRetriedThenThrown() throws Exception {
        ApiClient client = new ApiClient(ClientConfig.builder()
                .baseUri(TestServer.closedPort())
                .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(10))
                .build());
        assertThatThrownBy(() -> client.sendAsync(GET, Void.class).get(10, TimeUnit.SECONDS))
                .extracting(ApiClientAsyncTest::unwrap)
                .isInstanceOfSatisfying(ApiTransportException.class, e -> {
                    assertThat(e.getCause()).isInstanceOf(IOException.class);
                    assertThat(e).hasMessageStartingWith("Connection failure on GET /x after 3 attempts");
                });
    }

    @Test
    void timeoutCompletesWithApiTimeoutException() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}").after(Duration.ofSeconds(3)))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .requestTimeout(Duration.ofMillis(200))
                    .maxRetries(0)
                    .build());
            assertThatThrownBy(() -> client.sendAsync(GET, Void.class).get(10, TimeUnit.SECONDS))
                    .extracting(ApiClientAsyncTest::unwrap)
                    .isInstanceOf(ApiTimeoutException.class);
        }
    }

    @Test
    void badRequestsFailTheFuture() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            Object unserializable = new Object();
            CompletableFuture<ApiResponse<Void>> future = client.sendAsync(
                    ApiRequest.builder("PUT", "/x").jsonBody(unserializable).build(), Void.class);
            assertThatThrownBy(future::join)
                    .extracting(ApiClientAsyncTest::unwrap)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(server.requests()).isEmpty();
        }
    }
}
