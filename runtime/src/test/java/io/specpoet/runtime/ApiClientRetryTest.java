package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which failures are retried, how often, and how long the client waits in between. */
@Timeout(30)
class ApiClientRetryTest {

    private static final ApiRequest GET = ApiRequest.builder("GET", "/x").build();

    @Test
    void getIsRetriedUntilItSucceeds() throws Exception {
        try (TestServer server = TestServer.start(json(503, "{}"), json(503, "{}"), json(200, "{\"id\":\"ok\"}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiResponse<TestModels.Project> response = client.send(GET, TestModels.Project.class);
            assertThat(response.body().id()).isEqualTo("ok");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void everyRetryableStatusIsRetried() throws Exception {
        for (int status : new int[] {408, 429, 502, 503, 504}) {
            try (TestServer server = TestServer.start(json(status, "{}"), json(200, "{}"))) {
                ApiClient client = new ApiClient(TestModels.config(server).build());
                assertThat(client.send(GET, Void.class).statusCode()).isEqualTo(200);
                assertThat(server.requests()).as("status %d", status).hasSize(2);
            }
        }
    }

    @Test
    void otherStatusesAreNotRetried() throws Exception {
        for (int status : new int[] {400, 401, 404, 409, 500, 501}) {
            try (TestServer server = TestServer.start(json(status, "{}"), json(200, "{}"))) {
                ApiClient client = new ApiClient(TestModels.config(server).build());
                ApiException e = catchThrowableOfType(ApiException.class, () -> client.send(GET, Void.class));
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(server.requests()).as("status %d", status).hasSize(1);
            }
        }
    }

    @Test
    void lastFailureIsThrownAfterMaxRetries() throws Exception {
        try (TestServer server = TestServer.start(
                json(503, "{\"message\":\"attempt 1\"}"),
                json(503, "{\"message\":\"attempt 2\"}"),
                json(503, "{\"message\":\"attempt 3\"}"),
                json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.send(GET, Void.class));
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e).hasMessage("HTTP 503 from GET /x: attempt 3");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void maxRetriesZeroSendsOnce() throws Exception {
        try (TestServer server = TestServer.start(json(503, "{}"), json(200, "{}"))) {
            ApiClient client =
                    new ApiClient(TestModels.config(server).maxRetries(0).build());
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.send(GET, Void.class));
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void postIsNotRetriedUnlessIdempotent() throws Exception {
        try (TestServer server = TestServer.start(json(503, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest post =
                    ApiRequest.builder("POST", "/abort").jsonBody("{}").build();
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.send(post, Void.class));
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(server.requests()).hasSize(1);
        }
        try (TestServer server = TestServer.start(json(503, "{}"), json(429, "{}"), json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest post = ApiRequest.builder("POST", "/abort")
                    .jsonBody(new TestModels.Project("a", null))
                    .idempotent(true)
                    .build();
            assertThat(client.send(post, Void.class).statusCode()).isEqualTo(200);
            assertThat(server.requests()).hasSize(3);
            assertThat(server.requests())
                    .allSatisfy(r -> assertThat(r.body()).isEqualTo("{\"id\":\"a\",\"name\":null}"));
        }
    }

    @Test
    void retryAfterSecondsIsHonoured() throws Exception {
        try (TestServer server = TestServer.start(json(429, "{}").header("Retry-After", "1"), json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            client.send(GET, Void.class);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.spacingMillis(0)).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void retryAfterHttpDateIsHonoured() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS));
        try (TestServer server = TestServer.start(json(503, "{}").header("Retry-After", date), json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            client.send(GET, Void.class);
            assertThat(server.requests()).hasSize(2);
            // The date has whole seconds, so the wait is between 1 and 2 seconds.
            assertThat(server.spacingMillis(0)).isBetween(900L, 2500L);
        }
    }

    @Test
    void retryAfterIsCapped() throws Exception {
        try (TestServer server = TestServer.start(json(503, "{}").header("Retry-After", "3600"), json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .maxRetryAfter(Duration.ofMillis(300))
                    .build());
            client.send(GET, Void.class);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.spacingMillis(0)).isBetween(250L, 2000L);
        }
    }

    @Test
    void invalidRetryAfterFallsBackToTheBackoff() throws Exception {
        try (TestServer server = TestServer.start(
                json(503, "{}").header("Retry-After", "-5"),
                json(503, "{}").header("Retry-After", "soon"),
                json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            client.send(GET, Void.class);
            assertThat(server.requests()).hasSize(3);
            assertThat(server.spacingMillis(0)).isLessThan(900);
            assertThat(server.spacingMillis(1)).isLessThan(900);
        }
    }

    @Test
    void connectionRefusedIsRetriedThenThrown() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ApiClient client = new ApiClient(ClientConfig.builder()
                .baseUri(TestServer.closedPort())
                .bearerTokenSupplier(() -> {
                    attempts.incrementAndGet();
                    return "secret-token-123";
                })
                .maxRetries(3)
                .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build());
        ApiTransportException e = catchThrowableOfType(ApiTransportException.class, () -> client.send(GET, Void.class));
        assertThat(e).isNotInstanceOf(ApiTimeoutException.class);
        assertThat(e.statusCode()).isZero();
        assertThat(e.rawBody()).isNull();
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(e.getMessage())
                .startsWith("Connection failure on GET /x after 4 attempts: ")
                .doesNotContain("secret-token-123");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void requestTimeoutIsRetriedThenThrown() throws Exception {
        try (TestServer server = TestServer.startWithThreads(4, json(200, "{}").after(Duration.ofSeconds(3)))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .requestTimeout(Duration.ofMillis(300))
                    .maxRetries(1)
                    .build());
            long start = System.nanoTime();
            ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> client.send(GET, Void.class));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
            assertThat(e.statusCode()).isZero();
            assertThat(e).hasMessageStartingWith("Timeout (300 ms) on GET /x after 2 attempts");
            assertThat(server.requests()).hasSize(2);
            assertThat(elapsedMillis).isLessThan(2500);
        }
    }

    @Test
    void postTimeoutIsNotRetried() throws Exception {
        try (TestServer server = TestServer.startWithThreads(4, json(200, "{}").after(Duration.ofSeconds(3)))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .requestTimeout(Duration.ofMillis(200))
                    .build());
            catchThrowableOfType(
                    ApiTimeoutException.class,
                    () -> client.send(ApiRequest.builder("POST", "/x").build(), Void.class));
            assertThat(server.requests()).hasSize(1);
        }
    }
}
