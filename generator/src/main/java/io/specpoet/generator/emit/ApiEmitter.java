package io.specpoet.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.specpoet.generator.model.ApiGroup;
import io.specpoet.generator.model.OperationModel;
import io.specpoet.generator.model.ParameterModel;
import io.specpoet.generator.model.ScalarKind;
import io.specpoet.generator.model.TypeRef;
import io.specpoet.generator.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Writes the operations of one tag as an API class. Each operation gets a plain method returning
 * the body, a {@code …WithResponse} method returning status and headers too, and an
 * {@code …Async} method; all three build the same request, and the runtime sends it.
 */
final class ApiEmitter {

    private final JavaTypes types;

    ApiEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(ApiGroup api, ClassName self) {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addJavadoc(
                        "$L",
                        Javadoc.memberDoc(api.description())
                                .map(doc -> doc + "\n\n")
                                .orElse(""))
                .addJavadoc("<p>The operations tagged <code>$L</code>.\n", JavadocSanitizer.sanitize(api.tag()))
                .addField(RuntimeTypes.API_CLIENT, "apiClient", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Operations sent through the given client.\n")
                        .addParameter(RuntimeTypes.API_CLIENT, "apiClient")
                        .addStatement("this.apiClient = $T.requireNonNull(apiClient, $S)", Objects.class, "apiClient")
                        .build());
        for (OperationModel operation : api.operations()) {
            addOperation(type, operation);
        }
        return type.build();
    }

    private void addOperation(TypeSpec.Builder type, OperationModel operation) {
        List<ParameterSpec> parameters = new ArrayList<>();
        List<ParameterSpec> constrained = new ArrayList<>();
        for (ParameterModel parameter : arguments(operation)) {
            parameters.add(ParameterSpec.builder(types.parameterType(parameter), parameter.javaName())
                    .build());
            constrained.add(constrainedParameter(parameter));
        }
        CodeBlock arguments = CodeBlock.join(
                parameters.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
        boolean hasBody = operation.successType() != null;
        TypeName body = hasBody ? types.plainTypeOf(operation.successType()) : ClassName.get(Void.class);
        TypeName withResponse = ParameterizedTypeName.get(RuntimeTypes.API_RESPONSE, body);
        String request = operation.javaName() + "Request";

        MethodSpec.Builder plain = MethodSpec.methodBuilder(operation.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addParameters(constrained)
                .addJavadoc(
                        "$L",
                        blockingDoc(
                                operation,
                                hasBody ? "@return the response body, or null when the response has none\n" : ""));
        if (hasBody) {
            // An empty or JSON null body decodes as null.
            plain.returns(JavaTypes.mayBeNull(body))
                    .addStatement("return $N($L).body()", operation.javaName() + "WithResponse", arguments);
        } else {
            plain.addStatement("$N($L)", operation.javaName() + "WithResponse", arguments);
        }
        MethodSpec.Builder raw = MethodSpec.methodBuilder(operation.javaName() + "WithResponse")
                .addModifiers(Modifier.PUBLIC)
                .addParameters(constrained)
                .returns(withResponse)
                .addJavadoc("$L", blockingDoc(operation, "@return the status, headers and body of the response\n"))
                .addStatement("return apiClient.send($N($L), $L)", request, arguments, bodyType(operation, body));
        MethodSpec.Builder async = MethodSpec.methodBuilder(operation.javaName() + "Async")
                .addModifiers(Modifier.PUBLIC)
                .addParameters(constrained)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), body))
                .addJavadoc(
                        "$L",
                        operationDoc(
                                operation,
                                "@return the response body, or a failure with the exception the plain method throws;"
                                        + " this method throws none\n"))
                // The request is built inside: a request breaking the constraints fails the future.
                .addStatement(
                        "return apiClient.sendAsync(() -> $N($L), $L).thenApply($T::body)",
                        request,
                        arguments,
                        bodyType(operation, body),
                        RuntimeTypes.API_RESPONSE);
        for (MethodSpec.Builder method : List.of(plain, raw, async)) {
            if (operation.deprecated()) {
                method.addAnnotation(Deprecated.class);
            }
            type.addMethod(method.build());
        }
        type.addMethod(requestMethod(operation, request, parameters));
    }

    /**
     * A parameter of the public methods, with the spec's constraints: Bean Validation checks them
     * (and the models they hold) before the request is sent, and a user's own method validation
     * sees the same.
     */
    private ParameterSpec constrainedParameter(ParameterModel parameter) {
        TypeName type = types.typeOf(parameter.type());
        ParameterSpec.Builder spec =
                ParameterSpec.builder(parameter.required() ? type : JavaTypes.mayBeNull(type), parameter.javaName());
        if (parameter.required()) {
            spec.addAnnotation(RuntimeTypes.NOT_NULL);
        }
        return spec.addAnnotations(types.constraintsOf(parameter.type())).build();
    }

    /** Path, query and header parameters in spec order, then the body. */
    private static List<ParameterModel> arguments(OperationModel operation) {
        List<ParameterModel> arguments = new ArrayList<>(operation.parameters());
        if (operation.requestBody() != null) {
            arguments.add(operation.requestBody());
        }
        return arguments;
    }

    /** A class literal, or a type token for generic bodies such as {@code List<Pet>}. */
    private static CodeBlock bodyType(OperationModel operation, TypeName body) {
        TypeRef type =
                operation.successType() == null ? null : operation.successType().type();
        if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
            return CodeBlock.of("new $T<$T>() {}", RuntimeTypes.TYPE_REFERENCE, body);
        }
        return CodeBlock.of("$T.class", body);
    }

    private MethodSpec requestMethod(OperationModel operation, String name, List<ParameterSpec> parameters) {
        CodeBlock.Builder chain = CodeBlock.builder()
                .add(
                        "return $T.builder($S, $L)",
                        RuntimeTypes.API_REQUEST,
                        operation.httpMethod(),
                        StringLiterals.of(operation.path()))
                .add("\n.operationId($L)", StringLiterals.of(operation.operationId()));
        for (int status : operation.bodilessSuccessStatuses()) {
            chain.add("\n.bodilessStatus($L)", status);
        }
        for (ParameterModel parameter : arguments(operation)) {
            switch (parameter.location()) {
                case "path" ->
                    chain.add(
                            "\n.pathParameter($L, $N)", StringLiterals.of(parameter.wireName()), parameter.javaName());
                case "query" -> chain.add(queryParameter(parameter));
                case "header" ->
                    chain.add("\n.header($L, $N)", StringLiterals.of(parameter.wireName()), parameter.javaName());
                case "cookie" ->
                    chain.add("\n.cookie($L, $N)", StringLiterals.of(parameter.wireName()), parameter.javaName());
                default -> chain.add(body(operation, parameter));
            }
        }
        if (operation.successMediaTypes() != null) {
            chain.add("\n.header($S, $L)", "Accept", StringLiterals.of(operation.successMediaTypes()));
        }
        if (operation.idempotent() != defaultIdempotence(operation.httpMethod())) {
            chain.add("\n.idempotent($L)", operation.idempotent());
        }
        for (var error : operation.errorTypes().entrySet()) {
            chain.add("\n.errorType($L, $L)", error.getKey(), classLiteral(error.getValue()));
        }
        if (operation.defaultErrorType() != null) {
            chain.add("\n.defaultErrorType($L)", classLiteral(operation.defaultErrorType()));
        }
        chain.add("\n.build()");
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.API_REQUEST)
                .addParameters(parameters);
        if (!parameters.isEmpty()) {
            // Checked before anything is built or sent; a client that does not validate skips it.
            CodeBlock names = CodeBlock.join(
                    arguments(operation).stream()
                            .map(p -> StringLiterals.of(p.wireName()))
                            .toList(),
                    ", ");
            CodeBlock values = CodeBlock.join(
                    parameters.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
            method.beginControlFlow("if (apiClient.validatesRequests())")
                    .addStatement(
                            "apiClient.validateRequest($L, this, $S, $T.of($L), $L)",
                            StringLiterals.of(operation.operationId()),
                            operation.javaName() + "WithResponse",
                            List.class,
                            names,
                            values)
                    .endControlFlow();
        }
        for (ParameterModel parameter : arguments(operation)) {
            if (parameter.required() && !parameter.location().equals("path")) {
                method.addStatement(
                        "$T.requireNonNull($N, $L)",
                        Objects.class,
                        parameter.javaName(),
                        StringLiterals.of(
                                parameter.location() + " parameter '" + parameter.wireName() + "' is required"));
            }
        }
        return method.addStatement("$L", chain.build()).build();
    }

    /** Form style with explode is the runtime's default, and a scalar is written alike in every style. */
    private static CodeBlock queryParameter(ParameterModel parameter) {
        boolean mappedScalar =
                parameter.type().type() instanceof TypeRef.External external && external.replacedKind() != null;
        boolean structured = !mappedScalar
                && (!(parameter.type().type() instanceof TypeRef.Scalar scalar)
                        || scalar.kind() == ScalarKind.ANY_JSON);
        if (!structured || (parameter.style() == ParameterModel.ParameterStyle.FORM && parameter.explode())) {
            return CodeBlock.of(
                    "\n.queryParameter($L, $N)", StringLiterals.of(parameter.wireName()), parameter.javaName());
        }
        return CodeBlock.of(
                "\n.queryParameter($L, $N, $T.$L, $L)",
                StringLiterals.of(parameter.wireName()),
                parameter.javaName(),
                RuntimeTypes.QUERY_STYLE,
                parameter.style().name(),
                parameter.explode());
    }

    private static CodeBlock body(OperationModel operation, ParameterModel body) {
        return switch (operation.requestBodyEncoding()) {
            case JSON -> CodeBlock.of("\n.jsonBody($N)", body.javaName());
            case FORM -> CodeBlock.of("\n.formBody($N)", body.javaName());
            case MULTIPART -> CodeBlock.of("\n.multipartBody($N)", body.javaName());
            case RAW ->
                CodeBlock.of("\n.body($N, $L)", body.javaName(), StringLiterals.of(operation.requestMediaType()));
        };
    }

    private static boolean defaultIdempotence(String method) {
        return List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS").contains(method);
    }

    /** Error bodies are decoded by class: a generic error body decodes as its raw type. */
    private CodeBlock classLiteral(TypeUse use) {
        TypeName type = types.plainTypeOf(use);
        if (type instanceof ParameterizedTypeName parameterized) {
            type = parameterized.rawType();
        }
        return CodeBlock.of("$T.class", type);
    }

    private static String operationDoc(OperationModel operation, String returns) {
        StringBuilder doc = new StringBuilder();
        if (operation.summary() != null && !operation.summary().isBlank()) {
            // A summary is plain text, unlike a description.
            doc.append(JavadocSanitizer.sanitize(operation.summary())).append("\n\n");
        }
        Javadoc.continuedDoc(operation.description())
                .ifPresent(description -> doc.append(description).append("\n\n"));
        doc.append("<p><code>")
                .append(JavadocSanitizer.sanitize(operation.httpMethod() + " " + operation.path()))
                .append("</code> (")
                .append(JavadocSanitizer.sanitize(operation.operationId()))
                .append(")\n\n");
        for (ParameterModel parameter : arguments(operation)) {
            doc.append("@param ")
                    .append(parameter.javaName())
                    .append(' ')
                    .append(Javadoc.memberDoc(parameter.description()).orElse(parameter.location() + " parameter"))
                    .append('\n');
        }
        doc.append(returns);
        return doc.toString();
    }

    /** A blocking method's doc: what it throws too, where the asynchronous one fails its future. */
    private static String blockingDoc(OperationModel operation, String returns) {
        StringBuilder doc = new StringBuilder(operationDoc(operation, returns));
        if (!arguments(operation).isEmpty()) {
            doc.append("@throws io.specpoet.runtime.RequestValidationException when the arguments break the spec's "
                    + "constraints and requests are validated; nothing is sent\n");
        }
        doc.append("@throws io.specpoet.runtime.ApiException when the server answers with an error status, "
                + "or the request fails\n");
        return doc.toString();
    }
}
