package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bearer token never shows up in messages or {@code toString()}. */
@Timeout(20)
class SecretHandlingTest {

    private static final String TOKEN = "secret-token-123";

    private static String everything(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out + " " + t;
    }

    @Test
    void configAndBuildersHideTheToken() {
        ClientConfig.Builder builder = ClientConfig.builder()
                .baseUri(URI.create("https://api.example.com"))
                .bearerToken(TOKEN);
        ClientConfig config = builder.build();
        assertThat(builder.toString()).contains("bearerToken=****").doesNotContain(TOKEN);
        assertThat(config.toString()).contains("bearerToken=****").doesNotContain(TOKEN);
        assertThat(String.valueOf(config.bearerTokenSupplier())).doesNotContain(TOKEN);
        assertThat(new ApiClient(config).toString()).doesNotContain(TOKEN);
        assertThat(ClientConfig.builder()
                        .baseUri(URI.create("https://x"))
                        .build()
                        .toString())
                .doesNotContain("bearerToken");

        ClientBuilderTest.ExampleClient.Builder generated =
                ClientBuilderTest.ExampleClient.builder().bearerToken(TOKEN);
        assertThat(generated.toString()).contains("bearerToken=****").doesNotContain(TOKEN);
        assertThat(generated.build().toString()).doesNotContain(TOKEN);

        ApiRequest request = ApiRequest.builder("GET", "/x")
                .header("Authorization", "Bearer " + TOKEN)
                .build();
        assertThat(request.toString()).doesNotContain(TOKEN);
    }

    @Test
    void badTokensAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> ClientConfig.builder().bearerToken(TOKEN + "\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void exceptionsNeverContainTheTokenEvenWhenTheServerEchoesIt() throws Exception {
        try (TestServer server = TestServer.start(
                json(401, "{\"message\":\"token " + TOKEN + " is invalid\"}"),
                json(200, "{\"name\":\"" + TOKEN + "\"}"))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .bearerToken(TOKEN)
                    .responseValidation(ResponseValidation.STRICT)
                    .build());
            ApiException unauthorized = catchThrowableOfType(
                    ApiException.class,
                    () -> client.send(ApiRequest.builder("GET", "/x").build(), Void.class));
            assertThat(everything(unauthorized)).doesNotContain(TOKEN).contains("token **** is invalid");
            assertThat(unauthorized.headers().map()).doesNotContainKey("Authorization");

            ApiException invalid = catchThrowableOfType(
                    ApiException.class,
                    () -> client.send(ApiRequest.builder("GET", "/x").build(), TestModels.Project.class));
            assertThat(invalid).isInstanceOf(ResponseValidationException.class);
            assertThat(everything(invalid)).doesNotContain(TOKEN);
        }

        ApiClient refused = new ApiClient(ClientConfig.builder()
                .baseUri(TestServer.closedPort())
                .bearerToken(TOKEN)
                .maxRetries(0)
                .build());
        ApiTransportException transport = catchThrowableOfType(
                ApiTransportException.class,
                () -> refused.send(ApiRequest.builder("GET", "/x").build(), Void.class));
        assertThat(everything(transport)).doesNotContain(TOKEN);
    }

    @Test
    void tokenSupplierIsCalledForEveryAttempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (TestServer server = TestServer.start(json(503, "{}"), json(503, "{}"), json(200, "{}"))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .bearerTokenSupplier(() -> "token-" + calls.incrementAndGet())
                    .build());
            client.send(ApiRequest.builder("GET", "/x").build(), Void.class);
            assertThat(calls).hasValue(3);
            List<String> sent = new ArrayList<>();
            server.requests().forEach(r -> sent.add(r.header("Authorization")));
            assertThat(sent).containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-3");
        }
    }

    @Test
    void emptySuppliedTokenSendsNoAuthorization() throws Exception {
        try (TestServer server = TestServer.start(json(200, "{}"))) {
            ApiClient client = new ApiClient(
                    TestModels.config(server).bearerTokenSupplier(() -> null).build());
            client.send(ApiRequest.builder("GET", "/x").build(), Void.class);
            assertThat(server.only().headers()).doesNotContainKey("Authorization");
        }
    }

    @Test
    void timeoutMessagesDoNotContainTheToken() throws IOException {
        try (TestServer server = TestServer.start(json(200, "{}").after(Duration.ofSeconds(2)))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .bearerToken(TOKEN)
                    .requestTimeout(Duration.ofMillis(100))
                    .maxRetries(0)
                    .build());
            ApiTimeoutException e = catchThrowableOfType(
                    ApiTimeoutException.class,
                    () -> client.send(ApiRequest.builder("GET", "/x").build(), Void.class));
            assertThat(everything(e)).doesNotContain(TOKEN);
        }
    }
}
