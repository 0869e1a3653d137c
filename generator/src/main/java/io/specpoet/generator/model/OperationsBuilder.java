package io.specpoet.generator.model;

import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links the paths of a spec into API classes, one per tag, and the client class. Operation,
 * method and parameter names are decided here; inline schemas of parameters, bodies and
 * responses are named after the operation.
 */
final class OperationsBuilder {

    /** Methods every API class has or inherits: operations may not take these names. */
    private static final Set<String> RESERVED_METHODS = Set.of(
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final OpenAPI openApi;
    private final ModelBuilder types;
    private final Diagnostics diagnostics;

    OperationsBuilder(OpenAPI openApi, ModelBuilder types, Diagnostics diagnostics) {
        this.openApi = openApi;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    private record SourceOperation(String path, String method, Operation operation, PathItem pathItem) {}

    ClientModel build(String clientName) {
        Map<String, List<SourceOperation>> byTag = new LinkedHashMap<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                List<String> tags = operation.getTags();
                String tag = tags == null || tags.isEmpty() ? "Default" : tags.get(0);
                byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                        .add(new SourceOperation(path, method.name(), operation, item));
            }));
        }
        NameScope apiNames = new NameScope(JavaNames.JAVA_LANG_TYPES);
        NameScope accessors = new NameScope(Set.of("builder", "close", "apiClient", "equals", "hashCode", "toString",
                "getClass", "notify", "notifyAll", "wait", "clone", "finalize"));
        List<ApiGroup> apis = new ArrayList<>();
        // Tags in name order, so the client's accessors do not depend on the order of paths.
        for (var entry : new TreeMap<>(byTag).entrySet()) {
            String tag = entry.getKey();
            String apiName = apiNames.claim(JavaNames.upperCamel(tag) + "Api");
            NameScope methods = new NameScope(RESERVED_METHODS);
            List<OperationModel> operations = new ArrayList<>();
            for (SourceOperation source : entry.getValue()) {
                operations.add(operation(source, methods));
            }
            apis.add(new ApiGroup(tag, apiName, accessors.claim(JavaNames.lowerCamel(tag)), tagDescription(tag),
                    List.copyOf(operations)));
        }
        String title = openApi.getInfo() == null ? null : openApi.getInfo().getTitle();
        String javaName = clientName != null ? clientName : apiNames.claim(clientNameFromTitle(title));
        String baseUri = openApi.getServers() == null || openApi.getServers().isEmpty()
                ? null
                : openApi.getServers().get(0).getUrl();
        String version = openApi.getInfo() == null || openApi.getInfo().getVersion() == null
                ? "0"
                : openApi.getInfo().getVersion();
        // The User-Agent names the SDK as an HTTP token (RFC 9110), so other characters become '-'.
        String sdkVersion = version.isEmpty() ? "0" : version.replaceAll("[^A-Za-z0-9!#$%&'*+.^_`|~-]", "-");
        return new ClientModel(javaName, title, baseUri, javaName, sdkVersion, List.copyOf(apis));
    }

    /** {@code Northflank API} → {@code NorthflankClient}. */
    static String clientNameFromTitle(String title) {
        List<String> words = new ArrayList<>(JavaNames.words(title == null ? "" : title));
        words.removeIf(word -> word.equalsIgnoreCase("api") && words.size() > 1);
        return JavaNames.upperCamel(words.isEmpty() ? "Api" : String.join(" ", words)) + "Client";
    }

    private String tagDescription(String tag) {
        if (openApi.getTags() == null) {
            return null;
        }
        return openApi.getTags().stream()
                .filter(t -> tag.equals(t.getName()))
                .map(io.swagger.v3.oas.models.tags.Tag::getDescription)
                .findFirst()
                .orElse(null);
    }

    private OperationModel operation(SourceOperation source, NameScope methods) {
        Operation operation = source.operation();
        String pointer = "/paths/" + LocationIndex.escape(source.path()) + "/" + source.method().toLowerCase(Locale.ROOT);
        String operationId = operation.getOperationId() != null
                ? operation.getOperationId()
                : source.method().toLowerCase(Locale.ROOT) + " " + source.path();
        String javaName = claimMethod(methods, JavaNames.lowerCamel(operationId));
        String context = JavaNames.upperCamel(operationId);

        NameScope parameterNames = new NameScope(Set.of());
        List<ParameterModel> parameters = new ArrayList<>();
        for (Parameter parameter : parameters(source)) {
            String in = parameter.getIn();
            if (!Set.of("path", "query", "header").contains(in)) {
                diagnostics.error(pointer + "/parameters", "unsupported: " + in + " parameter '" + parameter.getName() + "'");
                continue;
            }
            parameters.add(new ParameterModel(
                    parameter.getName(),
                    parameterNames.claim(JavaNames.lowerCamel(parameter.getName())),
                    in,
                    types.typeUse(parameter.getSchema(), context + JavaNames.upperCamel(parameter.getName()),
                            pointer + "/parameters"),
                    "path".equals(in) || Boolean.TRUE.equals(parameter.getRequired()),
                    parameter.getDescription(),
                    Boolean.TRUE.equals(parameter.getDeprecated())));
        }
        ParameterModel body = requestBody(operation.getRequestBody(), context, pointer, parameterNames);

        TypeUse success = null;
        Map<Integer, TypeUse> errors = new TreeMap<>();
        TypeUse defaultError = null;
        if (operation.getResponses() != null) {
            boolean successSeen = false;
            for (var entry : new TreeMap<>(operation.getResponses()).entrySet()) {
                String status = entry.getKey();
                String responsePointer = pointer + "/responses/" + status;
                TypeUse bodyType = jsonBody(resolve(entry.getValue()).getContent(), context + responseSuffix(status), responsePointer);
                if (status.equals("default")) {
                    defaultError = bodyType;
                } else if (status.startsWith("2") && !successSeen) {
                    successSeen = true;
                    success = bodyType;
                } else if (status.matches("[1-5][0-9][0-9]") && !status.startsWith("2") && bodyType != null) {
                    errors.put(Integer.parseInt(status), bodyType);
                }
            }
        }
        boolean idempotent = IDEMPOTENT_METHODS.contains(source.method())
                || Boolean.TRUE.equals(extension(operation, "x-idempotent"));
        return new OperationModel(
                operationId,
                javaName,
                source.method(),
                source.path(),
                operation.getSummary(),
                operation.getDescription(),
                Boolean.TRUE.equals(operation.getDeprecated()),
                pointer,
                List.copyOf(parameters),
                body,
                success,
                java.util.Collections.unmodifiableMap(errors),
                defaultError,
                idempotent);
    }

    /** The methods written for each operation besides the plain one: {@code name + suffix}. */
    static final List<String> METHOD_TWINS = List.of("Async", "WithResponse", "Request");

    /** Claims a method name together with its twins. */
    private static String claimMethod(NameScope methods, String candidate) {
        String name = candidate;
        for (int suffix = 2; isTaken(methods, name); suffix++) {
            name = candidate + suffix;
        }
        methods.claim(name);
        for (String twin : METHOD_TWINS) {
            methods.claim(name + twin);
        }
        return name;
    }

    private static boolean isTaken(NameScope methods, String name) {
        return methods.isTaken(name) || METHOD_TWINS.stream().anyMatch(twin -> methods.isTaken(name + twin));
    }

    private static String responseSuffix(String status) {
        return status.startsWith("2") ? "Response" : "Error" + JavaNames.upperCamel(status);
    }

    /** Path-level parameters, overridden by the operation's own of the same name and location. */
    private List<Parameter> parameters(SourceOperation source) {
        Map<String, Parameter> merged = new LinkedHashMap<>();
        for (List<Parameter> list : java.util.Arrays.asList(source.pathItem().getParameters(), source.operation().getParameters())) {
            if (list != null) {
                for (Parameter parameter : list) {
                    Parameter resolved = resolve(parameter);
                    merged.put(resolved.getIn() + ":" + resolved.getName(), resolved);
                }
            }
        }
        return new ArrayList<>(merged.values());
    }

    private Parameter resolve(Parameter parameter) {
        String ref = parameter.get$ref();
        if (ref == null || openApi.getComponents() == null || openApi.getComponents().getParameters() == null) {
            return parameter;
        }
        Parameter target = openApi.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
        return target == null ? parameter : target;
    }

    private ApiResponse resolve(ApiResponse response) {
        String ref = response.get$ref();
        if (ref == null || openApi.getComponents() == null || openApi.getComponents().getResponses() == null) {
            return response;
        }
        ApiResponse target = openApi.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
        return target == null ? response : target;
    }

    private ParameterModel requestBody(RequestBody requestBody, String context, String pointer, NameScope parameterNames) {
        if (requestBody == null) {
            return null;
        }
        if (requestBody.get$ref() != null && openApi.getComponents() != null && openApi.getComponents().getRequestBodies() != null) {
            String ref = requestBody.get$ref();
            RequestBody target = openApi.getComponents().getRequestBodies().get(ref.substring(ref.lastIndexOf('/') + 1));
            requestBody = target == null ? requestBody : target;
        }
        TypeUse type = jsonBody(requestBody.getContent(), context + "Request", pointer + "/requestBody");
        if (type == null) {
            diagnostics.error(pointer + "/requestBody", "unsupported: a request body without a JSON media type");
            return null;
        }
        return new ParameterModel("body", parameterNames.claim("body"), "body", type,
                Boolean.TRUE.equals(requestBody.getRequired()), requestBody.getDescription(), false);
    }

    /** The type of the JSON media type of a body, or null when it has none. */
    private TypeUse jsonBody(Content content, String context, String pointer) {
        if (content == null) {
            return null;
        }
        for (var entry : content.entrySet()) {
            String mediaType = entry.getKey().toLowerCase(Locale.ROOT);
            if (mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.equals("*/*")) {
                MediaType media = entry.getValue();
                return types.typeUse(media.getSchema(), context,
                        pointer + "/content/" + LocationIndex.escape(entry.getKey()) + "/schema");
            }
        }
        return null;
    }

    private static Object extension(Operation operation, String name) {
        return operation.getExtensions() == null ? null : operation.getExtensions().get(name);
    }
}
