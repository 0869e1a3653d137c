package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.empty;
import static io.specpoet.runtime.TestServer.json;
import static io.specpoet.runtime.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Responses outside 2xx become {@link ApiException}s with their decoded bodies. */
@Timeout(20)
class ApiClientErrorTest {

    private static final String NORTHFLANK_404 =
            "{\"error\":{\"status\":404,\"message\":\"Release flow run not found\",\"id\":\"req-42\"}}";

    private static ApiException send(TestServer server, ApiRequest request) {
        ApiClient client = new ApiClient(TestModels.config(server).maxRetries(0).build());
        return catchThrowableOfType(ApiException.class, () -> client.send(request, TestModels.Project.class));
    }

    private static ApiRequest.Builder getRun() {
        return ApiRequest.builder("GET", "/v1/projects/{projectId}/runs/{runId}")
                .pathParameter("projectId", "p1")
                .pathParameter("runId", "r 1")
                .queryParameter("verbose", true);
    }

    @Test
    void decodesNorthflanksErrorBody() throws Exception {
        try (TestServer server = TestServer.start(json(404, NORTHFLANK_404).header("X-Request-Id", "req-42"))) {
            ApiException e = send(
                    server,
                    getRun().errorType(404, TestModels.NorthflankError.class)
                            .operationId("getReleaseFlowRun")
                            .build());

            assertThat(e).isExactlyInstanceOf(ApiException.class);
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.path()).isEqualTo("/v1/projects/p1/runs/r%201");
            assertThat(e.headers().firstValue("X-Request-Id")).hasValue("req-42");
            assertThat(e.rawBody()).isEqualTo(NORTHFLANK_404);
            assertThat(e.errorBody())
                    .isEqualTo(new TestModels.NorthflankError(
                            new TestModels.NorthflankError.Detail(404, "Release flow run not found", "req-42")));
            assertThat(e.errorBody(TestModels.NorthflankError.class)).isPresent();
            assertThat(e.errorBody(String.class)).isEmpty();
            assertThat(e.getMessage())
                    .isEqualTo("HTTP 404 from GET /v1/projects/p1/runs/r%201: Release flow run not found"
                            + " [operation getReleaseFlowRun]");
        }
    }

    @Test
    void findsTheServerMessageInOtherShapes() throws Exception {
        try (TestServer server = TestServer.start(
                json(400, "{\"message\":\"top level\",\"error\":{\"message\":\"nested\"}}"),
                json(400, "{\"error\":\"just a string\"}"),
                json(400, "{\"other\":1}"))) {
            ApiRequest request = ApiRequest.builder("GET", "/x").build();
            assertThat(send(server, request)).hasMessage("HTTP 400 from GET /x: top level");
            assertThat(send(server, request)).hasMessage("HTTP 400 from GET /x: just a string");
            assertThat(send(server, request)).hasMessage("HTTP 400 from GET /x: {\"other\":1}");
        }
    }

    @Test
    void keepsANonJsonBodyRaw() throws Exception {
        String html = "<html><body>\nInternal Server Error\n</body></html>";
        try (TestServer server = TestServer.start(text(500, html))) {
            ApiException e = send(
                    server,
                    ApiRequest.builder("GET", "/x")
                            .defaultErrorType(TestModels.NorthflankError.class)
                            .build());
            assertThat(e.statusCode()).isEqualTo(500);
            assertThat(e.rawBody()).isEqualTo(html);
            assertThat(e.errorBody()).isNull();
            assertThat(e.getMessage())
                    .isEqualTo("HTTP 500 from GET /x: <html><body> Internal Server Error </body></html>");
        }
    }

    @Test
    void cutsLongBodiesTo200Characters() throws Exception {
        String body = "x".repeat(500);
        try (TestServer server = TestServer.start(text(502, body))) {
            ApiException e = send(server, ApiRequest.builder("POST", "/x").build());
            assertThat(e.getMessage()).isEqualTo("HTTP 502 from POST /x: " + "x".repeat(200) + "…");
            assertThat(e.rawBody()).isEqualTo(body);
        }
    }

    @Test
    void undeclaredStatusHasNoErrorBody() throws Exception {
        try (TestServer server = TestServer.start(json(409, NORTHFLANK_404), empty(401))) {
            ApiRequest request = ApiRequest.builder("GET", "/x")
                    .errorType(404, TestModels.NorthflankError.class)
                    .build();
            ApiException conflict = send(server, request);
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(conflict.errorBody()).isNull();
            assertThat(conflict.rawBody()).isEqualTo(NORTHFLANK_404);
            assertThat(conflict).hasMessage("HTTP 409 from GET /x: Release flow run not found");

            ApiException unauthorized = send(server, request);
            assertThat(unauthorized.statusCode()).isEqualTo(401);
            assertThat(unauthorized.rawBody()).isEmpty();
            assertThat(unauthorized).hasMessage("HTTP 401 from GET /x");
        }
    }

    @Test
    void undecodableErrorBodyKeepsTheRawBody() throws Exception {
        try (TestServer server = TestServer.start(json(404, "[1, 2]"))) {
            ApiException e = send(
                    server,
                    ApiRequest.builder("GET", "/x")
                            .errorType(404, TestModels.NorthflankError.class)
                            .build());
            assertThat(e.errorBody()).isNull();
            assertThat(e.rawBody()).isEqualTo("[1, 2]");
        }
    }

    @Test
    void defaultErrorTypeAndStringErrorType() throws Exception {
        try (TestServer server = TestServer.start(json(503, NORTHFLANK_404), text(500, "plain"))) {
            ApiException e = send(
                    server,
                    ApiRequest.builder("GET", "/x")
                            .defaultErrorType(TestModels.NorthflankError.class)
                            .build());
            assertThat(e.errorBody(TestModels.NorthflankError.class))
                    .map(error -> error.error().id())
                    .hasValue("req-42");
            ApiException plain = send(
                    server,
                    ApiRequest.builder("GET", "/x")
                            .defaultErrorType(String.class)
                            .build());
            assertThat(plain.errorBody()).isEqualTo("plain");
        }
    }
}
