package io.specpoet.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The document reads cleanly with Swagger Parser — the parser the generator uses — and carries the
 * operations the two seed pages document, as documented.
 */
class SpecParsesCleanlyTest {

    private static final String PROJECT_PATH =
            "/v1/projects/{projectId}/pipelines/{pipelineId}/release-flows/{stage}/runs/{runId}";
    private static final String TEAM_PATH = "/v1/teams/{teamId}" + PROJECT_PATH.substring("/v1".length());

    private static final String READ = "Project > Pipelines > General > Read";
    private static final String UPDATE = "Project > Pipelines > General > Update";

    /** Every error status the operations declare; each must carry an ErrorResponse body. */
    private static final List<String> ERROR_CODES = List.of("400", "401", "403", "404", "409", "429", "500", "default");

    private static SwaggerParseResult result;
    private static OpenAPI openApi;

    @BeforeAll
    static void parse() {
        // resolve=true inlines nothing local; it only checks and loads references. resolveFully is
        // deliberately off: the generator sees the $refs as written.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        result = new OpenAPIV3Parser()
                .readLocation(SpecDocument.yamlFile().toUri().toString(), null, options);
        openApi = result.getOpenAPI();
    }

    @Test
    void parsesWithoutMessages() {
        assertThat(result.getMessages()).isEmpty();
        assertThat(openApi).isNotNull();
        assertThat(openApi.getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void serverIsNorthflanksPublicApi() {
        assertThat(openApi.getServers())
                .singleElement()
                .satisfies(server -> assertThat(server.getUrl()).isEqualTo("https://api.northflank.com"));
    }

    @Test
    void everythingIsSecuredByABearerToken() {
        SecurityScheme scheme = openApi.getComponents().getSecuritySchemes().get("bearerAuth");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(openApi.getSecurity())
                .singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("bearerAuth"));
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("getReleaseFlowRun", PathItem.HttpMethod.GET, PROJECT_PATH, READ),
                Arguments.of("abortReleaseFlowRun", PathItem.HttpMethod.POST, PROJECT_PATH + "/abort", UPDATE),
                Arguments.of("getTeamReleaseFlowRun", PathItem.HttpMethod.GET, TEAM_PATH, READ),
                Arguments.of("abortTeamReleaseFlowRun", PathItem.HttpMethod.POST, TEAM_PATH + "/abort", UPDATE));
    }

    @Test
    void documentHasExactlyTheFourOperations() {
        Map<String, String> found = new LinkedHashMap<>();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> found.put(op.getOperationId(), method + " " + path)));
        assertThat(found)
                .containsOnlyKeys(
                        "getReleaseFlowRun", "abortReleaseFlowRun", "getTeamReleaseFlowRun", "abortTeamReleaseFlowRun");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("operations")
    void operationIsWhereTheSeedsPutIt(String operationId, PathItem.HttpMethod method, String path, String permission) {
        PathItem item = openApi.getPaths().get(path);
        assertThat(item).as(path).isNotNull();
        Operation operation = item.readOperationsMap().get(method);
        assertThat(operation).as("%s %s", method, path).isNotNull();
        assertThat(operation.getOperationId()).isEqualTo(operationId);
        assertThat(operation.getTags()).containsExactly("Pipelines");
        assertThat(operation.getExtensions()).containsEntry("x-required-permission", permission);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void pathParametersAreRequiredStrings(
            String operationId, PathItem.HttpMethod method, String path, String permission) {
        List<String> expected = path.startsWith("/v1/teams")
                ? List.of("teamId", "projectId", "pipelineId", "stage", "runId")
                : List.of("projectId", "pipelineId", "stage", "runId");
        // The document declares them on the path item; with resolve=true Swagger Parser copies
        // path-level parameters onto each operation (and clears the path item's list).
        Operation operation = openApi.getPaths().get(path).readOperationsMap().get(method);
        List<Parameter> parameters = operation.getParameters().stream()
                .map(SpecParsesCleanlyTest::resolve)
                .toList();
        assertThat(parameters).extracting(Parameter::getName).containsExactlyElementsOf(expected);
        assertThat(parameters).allSatisfy(p -> {
            assertThat(p.getIn()).isEqualTo("path");
            assertThat(p.getRequired()).isTrue();
            assertThat(p.getSchema().getType()).isEqualTo("string");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void responsesAreTheDocumentedSuccessAndTheErrors(
            String operationId, PathItem.HttpMethod method, String path, String permission) {
        Operation operation = openApi.getPaths().get(path).readOperationsMap().get(method);
        assertThat(operation.getResponses())
                .containsOnlyKeys(
                        Stream.concat(Stream.of("200"), ERROR_CODES.stream()).toArray(String[]::new));

        // Both seed pages document the same response object, so get and abort share one schema.
        assertThat(jsonSchemaRef(operation.getResponses().get("200")))
                .isEqualTo("#/components/schemas/ReleaseFlowRunResponse");
        for (String code : ERROR_CODES) {
            assertThat(jsonSchemaRef(operation.getResponses().get(code)))
                    .as("%s %s", operationId, code)
                    .isEqualTo("#/components/schemas/ErrorResponse");
        }
    }

    private static String jsonSchemaRef(ApiResponse response) {
        ApiResponse resolved = response.get$ref() == null
                ? response
                : openApi.getComponents().getResponses().get(simpleName(response.get$ref()));
        assertThat(resolved).as(response.get$ref()).isNotNull();
        assertThat(resolved.getContent()).containsOnlyKeys("application/json");
        return resolved.getContent().get("application/json").getSchema().get$ref();
    }

    private static Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null
                ? parameter
                : openApi.getComponents().getParameters().get(simpleName(parameter.get$ref()));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
