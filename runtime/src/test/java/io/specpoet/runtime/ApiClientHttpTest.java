package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.empty;
import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What goes over the wire, checked on a real loopback server. */
@Timeout(20)
class ApiClientHttpTest {

    @Test
    void sendsTheExactRequestLine() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{\"id\":\"p1\"}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest request = ApiRequest.builder("GET", "/v1/projects/{projectId}/services/{serviceId}/{a}/{b}")
                    .pathParameter("projectId", "a/b c")
                    .pathParameter("serviceId", "q?h#p%")
                    .pathParameter("a", "é")
                    .pathParameter("b", "日本")
                    .queryParameter("q", "x y&z=1+2#")
                    .queryParameter("tag", List.of("t1", "t2"))
                    .build();

            ApiResponse<TestModels.Project> response = client.send(request, TestModels.Project.class);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(new TestModels.Project("p1", null));
            TestServer.Recorded recorded = server.only();
            assertThat(recorded.method()).isEqualTo("GET");
            assertThat(recorded.target())
                    .isEqualTo("/v1/projects/a%2Fb%20c/services/q%3Fh%23p%25/%C3%A9/%E6%97%A5%E6%9C%AC"
                            + "?q=x%20y%26z%3D1%2B2%23&tag=t1&tag=t2");
            // The server decodes it back to the original values.
            assertThat(recorded.uri().getPath()).isEqualTo("/v1/projects/a/b c/services/q?h#p%/é/日本");
        }
    }

    @Test
    void sendsTheStandardHeaders() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .bearerToken("secret-token-123")
                    .userAgentSuffix("my-app/9.9")
                    .build());

            client.send(ApiRequest.builder("GET", "/v1/x").build(), Void.class);

            TestServer.Recorded recorded = server.only();
            assertThat(recorded.header("Accept")).isEqualTo("application/json");
            assertThat(recorded.header("Authorization")).isEqualTo("Bearer secret-token-123");
            assertThat(recorded.header("Content-Type")).isNull();
            assertThat(recorded.header("User-Agent"))
                    .matches("test-sdk/1\\.2\\.3 specpoet-runtime/[^ /]+ Java/[^ ]+ my-app/9\\.9")
                    .contains("Java/" + System.getProperty("java.version"))
                    .doesNotContain("specpoet-runtime/dev");
            assertThat(client.config().userAgent()).isEqualTo(recorded.header("User-Agent"));
        }
    }

    @Test
    void sendsJsonBodiesAndNoAuthorizationWithoutToken() throws Exception {
        try (TestServer server = TestServer.start(json(201, "{\"id\":\"p2\",\"name\":\"n\"}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest request = ApiRequest.builder("POST", "/v1/projects")
                    .jsonBody(Map.of("name", "Zoë"))
                    .header("X-Request-Id", "r-1")
                    .build();

            ApiResponse<TestModels.Project> response = client.send(request, TestModels.Project.class);

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body().id()).isEqualTo("p2");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            TestServer.Recorded recorded = server.only();
            assertThat(recorded.method()).isEqualTo("POST");
            assertThat(recorded.header("Content-Type")).isEqualTo("application/json");
            assertThat(recorded.body()).isEqualTo("{\"name\":\"Zoë\"}");
            assertThat(recorded.header("X-Request-Id")).isEqualTo("r-1");
            assertThat(recorded.headers()).doesNotContainKey("Authorization");
        }
    }

    @Test
    void requestHeadersOverrideTheClients() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}"))) {
            ApiClient client =
                    new ApiClient(TestModels.config(server).bearerToken("t").build());
            client.send(
                    ApiRequest.builder("GET", "/")
                            .header("Accept", "application/problem+json")
                            .header("Authorization", "Basic dXNlcjpwYXNz")
                            .build(),
                    Void.class);
            assertThat(server.only().headers().get("Accept")).containsExactly("application/problem+json");
            assertThat(server.only().headers().get("Authorization")).containsExactly("Basic dXNlcjpwYXNz");
        }
    }

    @Test
    void appendsPathsToABaseUriWithAPath() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .baseUri(URI.create(server.uri() + "/api/"))
                    .build());
            client.send(
                    ApiRequest.builder("GET", "/v1/x").queryParameter("a", 1).build(), Void.class);
            assertThat(server.only().target()).isEqualTo("/api/v1/x?a=1");
        }
    }

    @Test
    void refusedParametersNeverReachTheServer() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            for (String bad : List.of("", ".", "..")) {
                assertThatThrownBy(() -> client.send(
                                ApiRequest.builder("GET", "/runs/{runId}")
                                        .pathParameter("runId", bad)
                                        .build(),
                                Void.class))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("path parameter 'runId' must not be empty, '.' or '..'");
            }
            assertThatThrownBy(() -> client.send(
                            ApiRequest.builder("GET", "/runs/{runId}")
                                    .pathParameter("runId", null)
                                    .build(),
                            Void.class))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("path parameter 'runId' is required");
            assertThatThrownBy(() -> client.send(
                            ApiRequest.builder("GET", "/runs/{runId}").build(), Void.class))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void decodesA204AndVoidBodiesAsNullButRefusesAMissingDeclaredBody() throws Exception {
        try (TestServer server =
                TestServer.start(empty(204), json(200, "  "), empty(200), json(200, "{\"id\":\"p1\"}"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest request =
                    ApiRequest.builder("GET", "/").operationId("getProject").build();
            assertThat(client.send(request, TestModels.Project.class).body()).isNull();
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> client.send(request, TestModels.Project.class))
                        .isInstanceOfSatisfying(MissingResponseBodyException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(200);
                            assertThat(e.operationId()).isEqualTo("getProject");
                        })
                        .hasMessage("HTTP 200 from GET /: the response has no body, but the operation declares one"
                                + " (io.specpoet.runtime.TestModels$Project) [operation getProject]");
            }
            ApiResponse<Void> response = client.send(request, Void.class);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isNull();
            assertThat(response.violations()).isEmpty();
        }
    }

    @Test
    void aDeclaredBodilessSuccessStatusReturnsNull() throws Exception {
        try (TestServer server = TestServer.start(empty(202), empty(201))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest request = ApiRequest.builder("POST", "/")
                    .operationId("commit")
                    .bodilessStatus(202)
                    .build();
            assertThat(client.send(request, TestModels.Project.class).body()).isNull();
            assertThatThrownBy(() -> client.send(request, TestModels.Project.class))
                    .isInstanceOf(MissingResponseBodyException.class)
                    .hasMessageStartingWith("HTTP 201 from POST /: the response has no body");
            assertThatThrownBy(() -> ApiRequest.builder("POST", "/").bodilessStatus(404))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void decodesGenericBodies() throws Exception {
        try (TestServer server = TestServer.start(json(200, "[{\"id\":\"a\"},{\"id\":\"b\",\"extra\":1}]"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiResponse<List<TestModels.Project>> response = client.send(
                    ApiRequest.builder("GET", "/").build(), new TypeReference<List<TestModels.Project>>() {});
            assertThat(response.body())
                    .containsExactly(new TestModels.Project("a", null), new TestModels.Project("b", null));
        }
    }

    record Counter(Long count) {}

    record Counters(java.util.List<Counter> counters) {}

    @Test
    void anIntegerBeyondLongIsReportedWithItsPathAndTheTypingRule() throws Exception {
        String body = "{\"counters\":[{\"count\":1},{\"count\":123456789012345678901234567890}]}";
        try (TestServer server = TestServer.start(json(200, body))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            assertThatThrownBy(() -> client.send(
                            ApiRequest.builder("GET", "/c").operationId("getC").build(), Counters.class))
                    .isExactlyInstanceOf(ApiException.class)
                    .hasMessageContaining("the response body could not be read as "
                            + Counters.class.getName()
                            + ": the number at counters[1].count is beyond the range of Long (")
                    .hasMessageContaining("123456789012345678901234567890")
                    .hasMessageContaining(
                            "An integer without a format, or with format int64, is read as a 64-bit Long;");
        }
    }

    @Test
    void undecodableSuccessBodyKeepsTheRawBody() throws Exception {
        try (TestServer server = TestServer.start(json(200, "not json"))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            assertThatThrownBy(() -> client.send(
                            ApiRequest.builder("GET", "/p").operationId("getP").build(), TestModels.Project.class))
                    .isExactlyInstanceOf(ApiException.class)
                    .hasMessageStartingWith("HTTP 200 from GET /p: the response body could not be read as")
                    .hasMessageEndingWith("[operation getP]")
                    .satisfies(e -> {
                        ApiException api = (ApiException) e;
                        assertThat(api.statusCode()).isEqualTo(200);
                        assertThat(api.rawBody()).isEqualTo("not json");
                        assertThat(api.getCause()).isNotNull();
                    });
        }
    }

    /** A form body as generated code passes it: a record with nested values. */
    record Order(String name, List<String> tags, Map<String, Object> metadata, String skipped) {}

    @Test
    void sendsFormBodies() throws Exception {
        try (TestServer server = TestServer.start(empty(204))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            Map<String, Object> metadata = new java.util.LinkedHashMap<>();
            metadata.put("k 1", "v&1");
            metadata.put("nested", Map.of("list", List.of(true, 2)));
            Order order = new Order("Zoë", List.of("a", "b"), metadata, null);

            client.send(ApiRequest.builder("POST", "/orders").formBody(order).build(), Void.class);

            TestServer.Recorded recorded = server.only();
            assertThat(recorded.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(recorded.body())
                    .isEqualTo("name=Zo%C3%AB&tags=a&tags=b&metadata%5Bk%201%5D=v%261"
                            + "&metadata%5Bnested%5D%5Blist%5D%5B0%5D=true"
                            + "&metadata%5Bnested%5D%5Blist%5D%5B1%5D=2");
        }
    }

    /** A multipart body as generated code passes it: binary properties are {@code byte[]}. */
    record Upload(String title, byte[] file, Map<String, Integer> meta, List<String> labels) {}

    @Test
    void sendsMultipartBodies() throws Exception {
        try (TestServer server = TestServer.start(empty(204))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            Upload upload =
                    new Upload("t\"1", "é!".getBytes(StandardCharsets.UTF_8), Map.of("n", 1), List.of("x", "y"));

            client.send(
                    ApiRequest.builder("POST", "/files").multipartBody(upload).build(), Void.class);

            TestServer.Recorded recorded = server.only();
            String contentType = recorded.header("Content-Type");
            assertThat(contentType).startsWith("multipart/form-data; boundary=");
            String boundary = contentType.substring(contentType.indexOf('=') + 1);
            assertThat(recorded.body())
                    .isEqualTo(("--B\r\n"
                                    + "Content-Disposition: form-data; name=\"title\"\r\n"
                                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                    + "t\"1\r\n"
                                    + "--B\r\n"
                                    + "Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                                    + "Content-Type: application/octet-stream\r\n\r\n"
                                    + "é!\r\n"
                                    + "--B\r\n"
                                    + "Content-Disposition: form-data; name=\"meta\"\r\n"
                                    + "Content-Type: application/json\r\n\r\n"
                                    + "{\"n\":1}\r\n"
                                    + "--B\r\n"
                                    + "Content-Disposition: form-data; name=\"labels\"\r\n"
                                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                    + "x\r\n"
                                    + "--B\r\n"
                                    + "Content-Disposition: form-data; name=\"labels\"\r\n"
                                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                    + "y\r\n"
                                    + "--B--\r\n")
                            .replace("B", boundary));
        }
    }

    @Test
    void sendsRawBodiesAndReadsRawResponses() throws Exception {
        try (TestServer server = TestServer.start(
                TestServer.text(200, "<svg/>").header("Content-Type", "image/svg+xml"), json(200, "\"aGk=\""))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            ApiRequest upload = ApiRequest.builder("PUT", "/logo")
                    .body("plain text".getBytes(StandardCharsets.UTF_8), "text/plain")
                    .header("Accept", "image/svg+xml")
                    .build();

            ApiResponse<byte[]> svg = client.send(upload, byte[].class);
            // A JSON response still decodes a byte[] from base64, as format: byte says.
            ApiResponse<byte[]> base64 =
                    client.send(ApiRequest.builder("GET", "/b").build(), byte[].class);

            assertThat(new String(svg.body(), StandardCharsets.UTF_8)).isEqualTo("<svg/>");
            assertThat(new String(base64.body(), StandardCharsets.UTF_8)).isEqualTo("hi");
            TestServer.Recorded recorded = server.requests().get(0);
            assertThat(recorded.header("Content-Type")).isEqualTo("text/plain");
            assertThat(recorded.header("Accept")).isEqualTo("image/svg+xml");
            assertThat(recorded.body()).isEqualTo("plain text");
        }
    }

    @Test
    void refusesFormBodiesThatAreNotObjects() throws Exception {
        try (TestServer server = TestServer.start(empty(204))) {
            ApiClient client = new ApiClient(TestModels.config(server).build());
            assertThatThrownBy(() -> client.send(
                            ApiRequest.builder("POST", "/").formBody(List.of(1)).build(), Void.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be an object");
            assertThat(server.requests()).isEmpty();
        }
    }
}
