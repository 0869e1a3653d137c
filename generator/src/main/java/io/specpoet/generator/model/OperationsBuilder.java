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
import java.util.IdentityHashMap;
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
    private static final Set<String> RESERVED_METHODS =
            Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private static final Set<String> PARAMETER_LOCATIONS = Set.of("path", "query", "header", "cookie");

    private final OpenAPI openApi;
    private final ModelBuilder types;
    private final Diagnostics diagnostics;

    /** The names of the components of each kind, by the component object. */
    private final Map<Map<String, ?>, Map<Object, String>> componentNames = new IdentityHashMap<>();

    OperationsBuilder(OpenAPI openApi, ModelBuilder types, Diagnostics diagnostics) {
        this.openApi = openApi;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    private record SourceOperation(String path, String method, Operation operation, PathItem pathItem) {}

    ClientModel build(String clientName) {
        Map<String, List<SourceOperation>> byTag = new LinkedHashMap<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        List<String> tags = operation.getTags();
                        String tag = tags == null || tags.isEmpty() ? "Default" : tags.get(0);
                        byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                                .add(new SourceOperation(path, method.name(), operation, item));
                    }));
        }
        NameScope apiNames = new NameScope(JavaNames.JAVA_LANG_TYPES, true);
        NameScope accessors = new NameScope(Set.of(
                "builder",
                "close",
                "apiClient",
                "equals",
                "hashCode",
                "toString",
                "getClass",
                "notify",
                "notifyAll",
                "wait",
                "clone",
                "finalize"));
        List<ApiGroup> apis = new ArrayList<>();
        // Tags in name order, so the client's accessors do not depend on the order of paths.
        for (var entry : new TreeMap<>(byTag).entrySet()) {
            String tag = entry.getKey();
            String apiName = apiNames.claim(JavaNames.shortenTypeName(JavaNames.upperCamel(tag) + "Api"));
            NameScope methods = new NameScope(RESERVED_METHODS);
            List<OperationModel> operations = new ArrayList<>();
            for (SourceOperation source : entry.getValue()) {
                operations.add(operation(source, methods));
            }
            apis.add(new ApiGroup(
                    tag,
                    apiName,
                    accessors.claim(JavaNames.lowerCamel(tag)),
                    tagDescription(tag),
                    List.copyOf(operations)));
        }
        String title = openApi.getInfo() == null ? null : openApi.getInfo().getTitle();
        String javaName =
                clientName != null ? clientName : apiNames.claim(JavaNames.shortenTypeName(clientNameFromTitle(title)));
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
                .findFirst()
                .map(io.swagger.v3.oas.models.tags.Tag::getDescription)
                .orElse(null);
    }

    private OperationModel operation(SourceOperation source, NameScope methods) {
        Operation operation = source.operation();
        String pointer = "/paths/" + LocationIndex.escape(source.path()) + "/"
                + source.method().toLowerCase(Locale.ROOT);
        String operationId = operation.getOperationId() != null
                ? operation.getOperationId()
                : source.method().toLowerCase(Locale.ROOT) + " " + source.path();
        String javaName = claimMethod(methods, JavaNames.lowerCamel(operationId));
        String context = JavaNames.upperCamel(operationId);

        // The API class's field, which the operation's methods call: a parameter may not hide it.
        NameScope parameterNames = new NameScope(Set.of("apiClient"));
        List<ParameterModel> parameters = new ArrayList<>();
        for (Located<Parameter> located : parameters(source, pointer)) {
            Parameter parameter = located.value();
            String in = parameter.getIn();
            if (!PARAMETER_LOCATIONS.contains(in)) {
                diagnostics.error(
                        located.pointer() + "/in", "unsupported: " + in + " parameter '" + parameter.getName() + "'");
                continue;
            }
            ParameterModel.ParameterStyle style = style(parameter);
            parameters.add(new ParameterModel(
                    parameter.getName(),
                    parameterNames.claim(JavaNames.lowerCamel(parameter.getName())),
                    in,
                    types.typeUse(
                            parameter.getSchema(),
                            located.contextOr(context + JavaNames.upperCamel(parameter.getName())),
                            located.pointer() + "/schema"),
                    "path".equals(in) || Boolean.TRUE.equals(parameter.getRequired()),
                    parameter.getDescription(),
                    Boolean.TRUE.equals(parameter.getDeprecated()),
                    style,
                    parameter.getExplode() != null
                            ? parameter.getExplode()
                            : style == ParameterModel.ParameterStyle.FORM));
        }
        Body body = requestBody(operation.getRequestBody(), context, pointer, parameterNames);

        Success success = null;
        List<Integer> bodiless = new ArrayList<>();
        Map<Integer, TypeUse> errors = new TreeMap<>();
        TypeUse defaultError = null;
        if (operation.getResponses() != null) {
            for (var entry : new TreeMap<>(operation.getResponses()).entrySet()) {
                String status = entry.getKey();
                Located<ApiResponse> response = locate(
                        entry.getValue(),
                        entry.getValue().get$ref(),
                        "responses",
                        openApi.getComponents() == null
                                ? null
                                : openApi.getComponents().getResponses(),
                        pointer + "/responses/" + LocationIndex.escape(status));
                String responsePointer = response.pointer();
                Content content = response.value().getContent();
                String responseContext = response.contextOr(context + responseSuffix(status));
                if (status.matches("2[0-9][0-9]")
                        && !status.equals("204")
                        && !status.equals("205")
                        && (content == null || content.isEmpty())) {
                    bodiless.add(Integer.parseInt(status));
                }
                if (status.startsWith("2") && success == null) {
                    success = successBody(content, responseContext, responsePointer);
                    continue;
                }
                TypeUse bodyType = jsonBody(content, responseContext, responsePointer);
                if (status.equals("default")) {
                    defaultError = bodyType;
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
                body == null ? null : body.parameter(),
                body == null ? null : body.encoding(),
                body == null ? null : body.mediaType(),
                success == null ? null : success.type(),
                success == null ? null : success.acceptedMediaTypes(),
                success == null ? List.of() : List.copyOf(bodiless),
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

    /**
     * A parameter, response or request body, resolved, with its pointer.
     *
     * @param context for a component, its name, which the inline schemas in it are named after (so
     *     they are declared once, however many operations use it); null for an inline one
     */
    private record Located<T>(T value, String pointer, String context) {
        String contextOr(String inlineContext) {
            return context != null ? context : inlineContext;
        }
    }

    /**
     * Follows a reference to a component of the given kind; anything else stays where it is.
     * Swagger Parser replaces references to parameters with the component object itself, which is
     * then known by identity.
     */
    private <T> Located<T> locate(T value, String ref, String kind, Map<String, T> components, String pointer) {
        if (components == null) {
            return new Located<>(value, pointer, null);
        }
        String prefix = "#/components/" + kind + "/";
        String name = ref != null && ref.startsWith(prefix)
                ? ref.substring(prefix.length()).replace("~1", "/").replace("~0", "~")
                : componentNames
                        .computeIfAbsent(components, OperationsBuilder::namesByIdentity)
                        .get(value);
        T target = name == null ? null : components.get(name);
        if (target == null) {
            return new Located<>(value, pointer, null);
        }
        return new Located<>(
                target, "/components/" + kind + "/" + LocationIndex.escape(name), JavaNames.upperCamel(name));
    }

    private static Map<Object, String> namesByIdentity(Map<String, ?> components) {
        Map<Object, String> names = new IdentityHashMap<>();
        components.forEach((name, component) -> names.putIfAbsent(component, name));
        return names;
    }

    /** Path-level parameters, overridden by the operation's own of the same name and location. */
    private List<Located<Parameter>> parameters(SourceOperation source, String operationPointer) {
        Map<String, Located<Parameter>> merged = new LinkedHashMap<>();
        String pathPointer = operationPointer.substring(0, operationPointer.lastIndexOf('/'));
        Map<String, Parameter> components =
                openApi.getComponents() == null ? null : openApi.getComponents().getParameters();
        for (var level : List.of(
                Map.entry(pathPointer, listOrEmpty(source.pathItem().getParameters())),
                Map.entry(operationPointer, listOrEmpty(source.operation().getParameters())))) {
            List<Parameter> list = level.getValue();
            for (int i = 0; i < list.size(); i++) {
                Located<Parameter> located = locate(
                        list.get(i),
                        list.get(i).get$ref(),
                        "parameters",
                        components,
                        level.getKey() + "/parameters/" + i);
                merged.put(located.value().getIn() + ":" + located.value().getName(), located);
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Query parameters keep their OpenAPI style; the others are written one way only. */
    private static ParameterModel.ParameterStyle style(Parameter parameter) {
        if (!"query".equals(parameter.getIn()) || parameter.getStyle() == null) {
            return ParameterModel.ParameterStyle.FORM;
        }
        return switch (parameter.getStyle()) {
            case SPACEDELIMITED -> ParameterModel.ParameterStyle.SPACE_DELIMITED;
            case PIPEDELIMITED -> ParameterModel.ParameterStyle.PIPE_DELIMITED;
            case DEEPOBJECT -> ParameterModel.ParameterStyle.DEEP_OBJECT;
            default -> ParameterModel.ParameterStyle.FORM;
        };
    }

    /** A request body: its parameter, how it is encoded, the media type it is sent as. */
    private record Body(ParameterModel parameter, BodyEncoding encoding, String mediaType) {}

    /** A success body: its type, and the media types to accept when it is not JSON, else null. */
    private record Success(TypeUse type, String acceptedMediaTypes) {}

    /**
     * The request body, in the first media type that is JSON, else form, else multipart, else any
     * other, which is sent as the caller's bytes.
     */
    private Body requestBody(RequestBody requestBody, String context, String pointer, NameScope parameterNames) {
        if (requestBody == null) {
            return null;
        }
        Located<RequestBody> located = locate(
                requestBody,
                requestBody.get$ref(),
                "requestBodies",
                openApi.getComponents() == null ? null : openApi.getComponents().getRequestBodies(),
                pointer + "/requestBody");
        requestBody = located.value();
        Content content = requestBody.getContent();
        if (content == null || content.isEmpty()) {
            return null;
        }
        Map.Entry<String, MediaType> chosen = requestMediaType(content);
        BodyEncoding encoding = encodingOf(chosen.getKey());
        TypeUse type = encoding == BodyEncoding.RAW
                ? TypeUse.of(new TypeRef.Scalar(ScalarKind.BINARY))
                : types.typeUse(
                        chosen.getValue().getSchema(),
                        located.contextOr(context + "Request"),
                        located.pointer() + "/content/" + LocationIndex.escape(chosen.getKey()) + "/schema");
        // A range such as image/* names no concrete type to send.
        String mediaType = chosen.getKey().contains("*") ? "application/octet-stream" : chosen.getKey();
        ParameterModel parameter = new ParameterModel(
                "body",
                parameterNames.claim("body"),
                "body",
                type,
                Boolean.TRUE.equals(requestBody.getRequired()),
                requestBody.getDescription(),
                false,
                ParameterModel.ParameterStyle.FORM,
                true);
        return new Body(parameter, encoding, mediaType);
    }

    /** The media type a request body is sent as: the first JSON one, else form, else multipart, else any. */
    static Map.Entry<String, MediaType> requestMediaType(Content content) {
        for (BodyEncoding encoding : BodyEncoding.values()) {
            Map.Entry<String, MediaType> chosen = content.entrySet().stream()
                    .filter(entry -> encodingOf(entry.getKey()) == encoding)
                    .findFirst()
                    .orElse(null);
            if (chosen != null) {
                return chosen;
            }
        }
        return null;
    }

    /** The first JSON media type of a response, which types it, or null. */
    static Map.Entry<String, MediaType> jsonMediaType(Content content) {
        return content.entrySet().stream()
                .filter(entry -> encodingOf(entry.getKey()) == BodyEncoding.JSON)
                .findFirst()
                .orElse(null);
    }

    static BodyEncoding encodingOf(String mediaType) {
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (isJson(type)) {
            return BodyEncoding.JSON;
        }
        return switch (type) {
            case "application/x-www-form-urlencoded" -> BodyEncoding.FORM;
            case "multipart/form-data" -> BodyEncoding.MULTIPART;
            default -> BodyEncoding.RAW;
        };
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.equals("*/*");
    }

    /**
     * The success body: typed from its JSON media type; without one, the raw bytes of the media
     * types it lists, which the request then accepts; null when it has no content.
     */
    private Success successBody(Content content, String context, String pointer) {
        TypeUse json = jsonBody(content, context, pointer);
        if (json != null) {
            return new Success(json, null);
        }
        if (content == null || content.isEmpty()) {
            return null;
        }
        return new Success(TypeUse.of(new TypeRef.Scalar(ScalarKind.BINARY)), String.join(", ", content.keySet()));
    }

    /** The type of the JSON media type of a body, or null when it has none. */
    private TypeUse jsonBody(Content content, String context, String pointer) {
        if (content == null) {
            return null;
        }
        Map.Entry<String, MediaType> json = jsonMediaType(content);
        return json == null
                ? null
                : types.typeUse(
                        json.getValue().getSchema(),
                        context,
                        pointer + "/content/" + LocationIndex.escape(json.getKey()) + "/schema");
    }

    private static Object extension(Operation operation, String name) {
        return operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(name);
    }
}
