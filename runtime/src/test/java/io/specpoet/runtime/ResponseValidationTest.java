package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The three {@link ResponseValidation} modes, with Hibernate Validator and without a provider. */
@Timeout(20)
class ResponseValidationTest {

    private static final String BAD = "{\"name\":\"too long\"}";
    private static final ApiRequest GET = ApiRequest.builder("GET", "/p").build();

    private static ApiClient client(TestServer server, ResponseValidation mode) {
        return new ApiClient(TestModels.config(server).responseValidation(mode).build());
    }

    @Test
    void strictThrowsListingEveryViolation() throws Exception {
        try (TestServer server = TestServer.start(json(200, BAD))) {
            ResponseValidationException e = catchThrowableOfType(
                    ResponseValidationException.class,
                    () -> client(server, ResponseValidation.STRICT).send(GET, TestModels.Project.class));
            assertThat(e.violations())
                    .extracting(ResponseValidationException.Violation::path)
                    .containsExactly("id", "name");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.rawBody()).isEqualTo(BAD);
            assertThat(e.errorBody()).isNull();
            assertThat(e.getMessage()).startsWith("HTTP 200 from GET /p: the response body breaks 2 constraints: ");
            for (ResponseValidationException.Violation v : e.violations()) {
                assertThat(e.getMessage()).contains(v.path() + ": " + v.message());
            }
        }
    }

    @Test
    void lenientReturnsTheBodyAndTheViolations() throws Exception {
        try (TestServer server = TestServer.start(json(200, BAD))) {
            ApiResponse<TestModels.Project> response =
                    client(server, ResponseValidation.LENIENT).send(GET, TestModels.Project.class);
            assertThat(response.body()).isEqualTo(new TestModels.Project(null, "too long"));
            assertThat(response.violations())
                    .extracting(ResponseValidationException.Violation::path)
                    .containsExactly("id", "name");
        }
    }

    @Test
    void lenientIsTheDefault() {
        assertThat(ClientConfig.builder()
                        .baseUri(java.net.URI.create("https://x"))
                        .build()
                        .responseValidation())
                .isEqualTo(ResponseValidation.LENIENT);
    }

    @Test
    void offDoesNotValidate() throws Exception {
        try (TestServer server = TestServer.start(json(200, BAD))) {
            ApiResponse<TestModels.Project> response =
                    client(server, ResponseValidation.OFF).send(GET, TestModels.Project.class);
            assertThat(response.body().name()).isEqualTo("too long");
            assertThat(response.violations()).isEmpty();
        }
    }

    @Test
    void validatesListElementsAndNestedValues() throws Exception {
        String body = "[{\"id\":\"t1\",\"projects\":[{\"id\":\"a\"}]},{\"projects\":[{\"name\":\"x\"}]}]";
        try (TestServer server = TestServer.start(json(200, body))) {
            ApiResponse<List<TestModels.Team>> response =
                    client(server, ResponseValidation.LENIENT).send(GET, new TypeReference<List<TestModels.Team>>() {});
            assertThat(response.violations())
                    .extracting(ResponseValidationException.Violation::path)
                    .containsExactly("[1].id", "[1].projects[0].id");
        }
    }

    @Test
    void strictAsyncCompletesExceptionally() throws Exception {
        try (TestServer server = TestServer.start(json(200, BAD))) {
            assertThatThrownBy(() -> client(server, ResponseValidation.STRICT)
                            .sendAsync(GET, TestModels.Project.class)
                            .join())
                    .hasCauseInstanceOf(ResponseValidationException.class);
        }
    }

    @Test
    void withoutProviderStrictFailsAtBuildTimeAndLenientStillWorks() throws Exception {
        BeanValidation none = BeanValidation.load(List::of);
        assertThat(none.available()).isFalse();
        try (TestServer server = TestServer.start(json(200, BAD))) {
            assertThatThrownBy(() -> new ApiClient(
                            TestModels.config(server)
                                    .responseValidation(ResponseValidation.STRICT)
                                    .build(),
                            none))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ResponseValidation.STRICT needs a Jakarta Bean Validation provider")
                    .hasMessageContaining("hibernate-validator")
                    .hasMessageContaining("LENIENT or OFF");
            ApiClient lenient = new ApiClient(TestModels.config(server).build(), none);
            ApiResponse<TestModels.Project> response = lenient.send(GET, TestModels.Project.class);
            assertThat(response.body().name()).isEqualTo("too long");
            assertThat(response.violations()).isEmpty();
        }
    }

    record Sized(@NotNull String id, @Size(min = 2, max = 3) List<String> tags) {}

    @Test
    void plainInterpolatorNeedsNoExpressionLanguage() {
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new BeanValidation.PlainMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        List<String> messages = validator.validate(new Sized(null, List.of("a"))).stream()
                .map(v -> v.getMessage())
                .sorted()
                .toList();
        assertThat(messages).hasSize(2).noneMatch(m -> m.contains("{") || m.isBlank());
        assertThat(messages).anyMatch(m -> m.contains("2") && m.contains("3"));
    }
}
