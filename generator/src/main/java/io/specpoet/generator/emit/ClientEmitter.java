package io.specpoet.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.specpoet.generator.model.ApiGroup;
import io.specpoet.generator.model.ClientModel;
import java.net.URI;
import javax.lang.model.element.Modifier;

/**
 * Writes the client class: a builder over the runtime's options with the spec's defaults, and
 * one accessor per API class, all sharing one thread-safe {@code ApiClient}.
 */
final class ClientEmitter {

    TypeSpec emit(ClientModel client, ClassName self, String apiPackage) {
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addJavadoc(
                        "The client of $L.\n\n<p>Create it with {@link #builder()}; it is thread-safe and "
                                + "meant to be shared.\n",
                        client.title() == null ? "the API" : JavadocSanitizer.sanitize(client.title()))
                .addField(RuntimeTypes.API_CLIENT, "apiClient", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.API_CLIENT, "apiClient")
                .addStatement("this.apiClient = apiClient");
        for (ApiGroup api : client.apis()) {
            ClassName apiType = ClassName.get(apiPackage, api.javaName());
            type.addField(apiType, api.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = new $T(apiClient)", api.accessorName(), apiType);
            type.addMethod(MethodSpec.methodBuilder(api.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The operations tagged <code>$L</code>.\n", JavadocSanitizer.sanitize(api.tag()))
                    .returns(apiType)
                    .addStatement("return $N", api.accessorName())
                    .build());
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder with the spec's defaults.\n")
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addType(builderType(client, self, builder));
        return type.build();
    }

    private static TypeSpec builderType(ClientModel client, ClassName self, ClassName builder) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        if (client.defaultBaseUri() != null) {
            constructor.addStatement(
                    "super($L, $L, $T.create($L))",
                    StringLiterals.of(client.sdkName()),
                    StringLiterals.of(client.sdkVersion()),
                    URI.class,
                    StringLiterals.of(client.defaultBaseUri()));
        } else {
            constructor.addStatement(
                    "super($L, $L, null)", StringLiterals.of(client.sdkName()), StringLiterals.of(client.sdkVersion()));
        }
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Options of the client; see {@link $T} for each.\n", RuntimeTypes.CLIENT_BUILDER)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, builder, self))
                .addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addStatement("return new $T(buildApiClient())", self)
                        .build())
                .build();
    }
}
