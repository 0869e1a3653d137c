package io.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request validation modes: the default follows the provider, STRICT without one fails at build
 * time, OFF skips the check. The generator's RequestValidationLoopbackTest runs generated API
 * classes against a server.
 */
class RequestValidationTest {

    /** The shape of a generated API class: constraints on the public method's parameters. */
    static final class ProjectsApi {
        private final ApiClient apiClient;

        ProjectsApi(ApiClient apiClient) {
            this.apiClient = apiClient;
        }

        ApiResponse<Void> putProjectWithResponse(
                @NotNull @Pattern(regexp = "[a-z]+") String projectId, @NotNull @Valid TestModels.Project body) {
            if (apiClient.validatesRequests()) {
                apiClient.validateRequest(
                        "putProject", this, "putProjectWithResponse", List.of("projectId", "body"), projectId, body);
            }
            return apiClient.send(
                    ApiRequest.builder("PUT", "/projects/{projectId}")
                            .pathParameter("projectId", projectId)
                            .jsonBody(body)
                            .build(),
                    Void.class);
        }
    }

    @Test
    void byDefaultAProviderOnTheClassPathChecksEveryParameterAndTheBodyAndNothingIsSent() throws Exception {
        try (TestServer server = TestServer.start(TestServer.empty(204))) {
            ProjectsApi api =
                    new ProjectsApi(new ApiClient(TestModels.config(server).build()));
            assertThat(api.apiClient.validatesRequests()).isTrue();

            RequestValidationException e = (RequestValidationException)
                    catchThrown(() -> api.putProjectWithResponse("Not/Valid", new TestModels.Project(null, "long")));

            assertThat(e.operationId()).isEqualTo("putProject");
            assertThat(e.violations())
                    .extracting(RequestValidationException.Violation::path)
                    .containsExactly("body.id", "body.name", "projectId");
            assertThat(e.getMessage())
                    .startsWith("the putProject request breaks the spec's constraints, so it was not sent: ")
                    .contains("projectId: must match \"[a-z]+\"")
                    .contains("body.id: must not be null");
            assertThat(catchThrown(() -> api.putProjectWithResponse(null, null)))
                    .hasMessageContaining("projectId: must not be null")
                    .hasMessageContaining("body: must not be null");
            assertThat(server.requests()).isEmpty();

            api.putProjectWithResponse("ok", new TestModels.Project("p1", "abc"));
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void offSendsTheRequestUnchecked() throws Exception {
        try (TestServer server = TestServer.start(TestServer.empty(204))) {
            ApiClient client = new ApiClient(TestModels.config(server)
                    .requestValidation(RequestValidation.OFF)
                    .build());
            assertThat(client.validatesRequests()).isFalse();
            new ProjectsApi(client).putProjectWithResponse("Bad", new TestModels.Project(null, "long"));
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void withoutProviderRequestsGoOutUncheckedUnlessStrictWasAskedFor() throws Exception {
        BeanValidation none = BeanValidation.load(List::of);
        try (TestServer server = TestServer.start(TestServer.empty(204))) {
            ApiClient unchecked = new ApiClient(TestModels.config(server).build(), none);
            assertThat(unchecked.validatesRequests()).isFalse();
            new ProjectsApi(unchecked).putProjectWithResponse("Bad", new TestModels.Project(null, "x"));
            assertThat(server.requests()).hasSize(1);

            assertThatThrownBy(() -> new ApiClient(
                            TestModels.config(server)
                                    .requestValidation(RequestValidation.STRICT)
                                    .build(),
                            none))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("RequestValidation.STRICT needs a Jakarta Bean Validation provider, such as"
                            + " Hibernate Validator (org.hibernate.validator:hibernate-validator with"
                            + " org.glassfish.expressly:expressly), on the class path, but none could be"
                            + " started (")
                    .hasMessageEndingWith("). Add one, or choose RequestValidation.OFF.");
        }
    }

    private static Throwable catchThrown(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an exception");
    }
}
