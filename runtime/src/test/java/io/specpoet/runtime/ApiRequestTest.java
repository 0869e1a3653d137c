package io.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building requests: path and query encoding, checks, defaults. No network. */
class ApiRequestTest {

    private static String path(Object value) {
        return ApiRequest.builder("GET", "/v1/items/{id}/x")
                .pathParameter("id", value)
                .build()
                .path();
    }

    @Test
    void encodesPathParametersAsOneSegment() {
        assertThat(path("a/b")).isEqualTo("/v1/items/a%2Fb/x");
        assertThat(path("a b")).isEqualTo("/v1/items/a%20b/x");
        assertThat(path("a?b#c%d")).isEqualTo("/v1/items/a%3Fb%23c%25d/x");
        assertThat(path("é")).isEqualTo("/v1/items/%C3%A9/x");
        assertThat(path("日本")).isEqualTo("/v1/items/%E6%97%A5%E6%9C%AC/x");
        assertThat(path("😀")).isEqualTo("/v1/items/%F0%9F%98%80/x");
        assertThat(path("a\"<>\\^`{|}[]b")).isEqualTo("/v1/items/a%22%3C%3E%5C%5E%60%7B%7C%7D%5B%5Db/x");
        // Unreserved characters, sub-delims, ':' and '@' are kept.
        assertThat(path("Az09-._~!$&'()*+,;=:@")).isEqualTo("/v1/items/Az09-._~!$&'()*+,;=:@/x");
        assertThat(path("...")).isEqualTo("/v1/items/.../x");
    }

    @Test
    void writesCollectionsInPathsCommaSeparated() {
        assertThat(path(List.of("a,b", 2, "c d"))).isEqualTo("/v1/items/a%2Cb,2,c%20d/x");
        assertThatThrownBy(() -> path(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
    }

    @Test
    void writesValuesOfEveryTypeAsText() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(path(uuid)).isEqualTo("/v1/items/" + uuid + "/x");
        assertThat(path(42)).isEqualTo("/v1/items/42/x");
        assertThat(path(true)).isEqualTo("/v1/items/true/x");
        assertThat(path(new BigDecimal("1E+3"))).isEqualTo("/v1/items/1000/x");
        assertThat(path(TestModels.Kind.DEPLOY)).isEqualTo("/v1/items/DEPLOY/x");
        assertThat(path(LocalDate.of(2021, 1, 31))).isEqualTo("/v1/items/2021-01-31/x");
        OffsetDateTime time = OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 500_000_000, ZoneOffset.ofHours(5));
        assertThat(path(time)).isEqualTo("/v1/items/2021-01-01T12:01:00.5+05:00/x");
    }

    @Test
    void fillsFourParametersAndEncodesTheTemplate() {
        ApiRequest request = ApiRequest.builder(
                        "GET", "/v1/projects/{projectId}/release-flows/{stage}/runs/{runId}/{part}")
                .pathParameter("projectId", "p1")
                .pathParameter("stage", "st age")
                .pathParameter("runId", "r/1")
                .pathParameter("part", "logs")
                .build();
        assertThat(request.path()).isEqualTo("/v1/projects/p1/release-flows/st%20age/runs/r%2F1/logs");
        assertThat(request.pathTemplate())
                .isEqualTo("/v1/projects/{projectId}/release-flows/{stage}/runs/{runId}/{part}");
        assertThat(ApiRequest.builder("GET", "/a b/{x}.json")
                        .pathParameter("x", "1")
                        .build()
                        .path())
                .isEqualTo("/a%20b/1.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ".."})
    void refusesEmptyDotAndDotDot(String value) {
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/runs/{runId}").pathParameter("runId", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path parameter 'runId' must not be empty, '.' or '..'");
    }

    @Test
    void refusesNullAndUnknownAndMissingPathParameters() {
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/runs/{runId}").pathParameter("runId", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("path parameter 'runId' is required");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/runs/{runId}").pathParameter("run", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameter 'run'");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/runs/{runId}/{x}")
                        .pathParameter("x", "1")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("path parameter 'runId'")
                .hasMessageContaining("is not set");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/runs/{runId}").pathParameter("runId", "\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path parameter 'runId'");
    }

    @Test
    void refusesMalformedTemplatesAndMethods() {
        for (String template : List.of("runs", "/runs/{", "/runs/}", "/runs/{}", "/runs/{a/b}")) {
            assertThatThrownBy(() -> ApiRequest.builder("GET", template))
                    .as(template)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ApiRequest.builder("GE T", "/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesQueryComponents() {
        ApiRequest request = ApiRequest.builder("GET", "/search")
                .queryParameter("q", "a b&c=d+e#f%g")
                .queryParameter("skipped", null)
                .queryParameter("tag", Arrays.asList("x", null, "é"))
                .queryParameter("n", 5)
                .queryParameter("k y", "/?:@!$'()*,;")
                .build();
        assertThat(request.query()).isEqualTo("q=a%20b%26c%3Dd%2Be%23f%25g&tag=x&tag=%C3%A9&n=5&k%20y=/?:@!$'()*,%3B");
        assertThat(ApiRequest.builder("GET", "/").build().query()).isNull();
        assertThat(ApiRequest.builder("GET", "/")
                        .queryParameter("a", List.of())
                        .build()
                        .query())
                .isNull();
    }

    /** A union variant that wraps a scalar, as generated: parameters see the value it holds. */
    record Created(Long value) implements io.specpoet.runtime.json.UnionWrapper<Long> {}

    record Tags(List<String> value) implements io.specpoet.runtime.json.UnionWrapper<List<String>> {}

    @Test
    void unionWrappersAreWrittenAsTheValueTheyHold() {
        ApiRequest request = ApiRequest.builder("GET", "/charges/{id}")
                .pathParameter("id", new Created(7L))
                .queryParameter("created", new Created(1700000000L))
                .queryParameter("tag", new Tags(List.of("a", "b")))
                .queryParameter("csv", new Tags(List.of("c", "d")), ApiRequest.QueryStyle.FORM, false)
                .header("X-Created", new Created(3L))
                .build();
        assertThat(request.path()).isEqualTo("/charges/7");
        assertThat(request.query()).isEqualTo("created=1700000000&tag=a&tag=b&csv=c,d");
        assertThat(request.headers()).containsEntry("X-Created", List.of("3"));
    }

    @Test
    void idempotentByMethodUnlessSet() {
        for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS")) {
            assertThat(ApiRequest.builder(method, "/").build().idempotent())
                    .as(method)
                    .isTrue();
        }
        for (String method : List.of("POST", "PATCH")) {
            assertThat(ApiRequest.builder(method, "/").build().idempotent())
                    .as(method)
                    .isFalse();
        }
        assertThat(ApiRequest.builder("POST", "/").idempotent(true).build().idempotent())
                .isTrue();
        assertThat(ApiRequest.builder("GET", "/").idempotent(false).build().idempotent())
                .isFalse();
    }

    @Test
    void resolvesErrorTypes() {
        ApiRequest request = ApiRequest.builder("GET", "/")
                .errorType(404, TestModels.NorthflankError.class)
                .defaultErrorType(String.class)
                .build();
        assertThat(request.errorType(404)).isEqualTo(TestModels.NorthflankError.class);
        assertThat(request.errorType(500)).isEqualTo(String.class);
        assertThat(ApiRequest.builder("GET", "/").build().errorType(404)).isNull();
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/").errorType(99, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checksHeadersWithoutEchoingValues() {
        ApiRequest request = ApiRequest.builder("GET", "/")
                .header("X-Skip", null)
                .header("X-List", List.of("a", 2))
                .header("x-list", "b")
                .build();
        assertThat(request.headers()).containsOnlyKeys("X-List");
        assertThat(request.headers().get("X-LIST")).containsExactly("a,2", "b");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/").header("X-Bad", "secret\r\nInjected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Bad")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/").header("Bad Name", "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNamesButNotValues() {
        ApiRequest request = ApiRequest.builder("POST", "/v1/{id}")
                .pathParameter("id", "p1")
                .queryParameter("cursor", "opaque-cursor-value")
                .header("Authorization", "Bearer secret-token-123")
                .jsonBody(new TestModels.Project("p1", "n"))
                .operationId("createThing")
                .build();
        assertThat(request.toString())
                .isEqualTo("ApiRequest[POST /v1/p1, query=[cursor], headers=[Authorization], body=json,"
                        + " operationId=createThing]")
                .doesNotContain("secret-token-123")
                .doesNotContain("opaque-cursor-value");
    }

    @Test
    void sendsCookiesInOneHeaderWithEncodedValues() {
        ApiRequest request = ApiRequest.builder("GET", "/")
                .cookie("session", "a b;c,d\"e%")
                .cookie("skipped", null)
                .cookie("ids", List.of(1, 2))
                .cookie("plain", "x=y/z")
                .build();
        assertThat(request.headers().get("cookie"))
                .containsExactly("session=a%20b%3Bc%2Cd%22e%25; ids=1,2; plain=x=y/z");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/").cookie("bad name", "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsOneBodyAndSaysHowItIsWritten() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        ApiRequest raw = ApiRequest.builder("PUT", "/").body(png, "image/png").build();
        assertThat(raw.body()).isSameAs(png);
        assertThat(raw.bodyEncoding()).isEqualTo(ApiRequest.BodyEncoding.RAW);
        assertThat(raw.bodyContentType()).isEqualTo("image/png");
        assertThat(raw.jsonBody()).isNull();
        assertThat(raw.toString()).isEqualTo("ApiRequest[PUT /, body=image/png]");

        ApiRequest form =
                ApiRequest.builder("POST", "/").formBody(Map.of("a", 1)).build();
        assertThat(form.bodyEncoding()).isEqualTo(ApiRequest.BodyEncoding.FORM);
        assertThat(form.jsonBody()).isNull();
        assertThat(form.toString()).isEqualTo("ApiRequest[POST /, body=form]");

        ApiRequest none = ApiRequest.builder("POST", "/").multipartBody(null).build();
        assertThat(none.body()).isNull();
        assertThat(none.bodyEncoding()).isNull();
        assertThatThrownBy(() -> ApiRequest.builder("PUT", "/").body(png, "text/plain\r\nX: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesQueryStyles() {
        Map<String, Object> filter = new java.util.LinkedHashMap<>();
        filter.put("gt", 5);
        filter.put("in", List.of("a b", "c"));
        filter.put("none", null);
        ApiRequest request = ApiRequest.builder("GET", "/")
                .queryParameter("ids", List.of("1,2", 3), ApiRequest.QueryStyle.FORM, false)
                .queryParameter("s", List.of("x", "y"), ApiRequest.QueryStyle.SPACE_DELIMITED, false)
                .queryParameter("p", List.of("x", "y"), ApiRequest.QueryStyle.PIPE_DELIMITED, false)
                .queryParameter("created", filter, ApiRequest.QueryStyle.DEEP_OBJECT, true)
                .queryParameter("expand", List.of("e1", "e2"), ApiRequest.QueryStyle.DEEP_OBJECT, true)
                .queryParameter("color", Map.of("R", 100), ApiRequest.QueryStyle.FORM, true)
                .queryParameter("obj", Map.of("k", "v"), ApiRequest.QueryStyle.FORM, false)
                .queryParameter("one", LocalDate.of(2021, 1, 31), ApiRequest.QueryStyle.FORM, false)
                .queryParameter("skip", null, ApiRequest.QueryStyle.FORM, false)
                .build();
        assertThat(request.query())
                .isEqualTo("ids=1%2C2,3&s=x%20y&p=x%7Cy"
                        + "&created%5Bgt%5D=5&created%5Bin%5D%5B0%5D=a%20b&created%5Bin%5D%5B1%5D=c"
                        + "&expand%5B0%5D=e1&expand%5B1%5D=e2&R=100&obj=k,v&one=2021-01-31");
        assertThat(request.toString()).contains("query=[ids, s, p, created, expand, color, obj, one]");
    }
}
