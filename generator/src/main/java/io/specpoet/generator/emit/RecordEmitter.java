package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.specpoet.generator.model.Constraints;
import io.specpoet.generator.model.PropertyModel;
import io.specpoet.generator.model.ScalarKind;
import io.specpoet.generator.model.TypeDecl.ObjectDecl;
import io.specpoet.generator.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an object schema as an immutable record with a builder. Jackson annotations carry the
 * wire names; properties the schema does not name are kept in a map and written back; Bean
 * Validation annotations state what the schema requires.
 */
final class RecordEmitter {

    private final JavaTypes types;

    RecordEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(ObjectDecl decl) {
        ClassName self = types.declared(decl.javaName());
        ClassName builder = self.nestedClass(decl.builderName());
        // Jackson reads through the builder: unlike a record creator it keeps unknown properties
        // in their order (jackson-databind 2.x collects creator any-setter values in a HashMap).
        AnnotationSpec.Builder deserialize =
                AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE).addMember("builder", "$T.class", builder);
        if (!decl.unions().isEmpty()) {
            // Jackson inherits the union's @JsonDeserialize; a variant binds as a plain record.
            deserialize.addMember("using", "$T.None.class", RuntimeTypes.JSON_DESERIALIZER);
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_INCLUDE)
                        .addMember("value", "$T.Include.NON_NULL", RuntimeTypes.JSON_INCLUDE)
                        .build())
                .addAnnotation(deserialize.build());
        Javadoc.typeDoc(decl.description(), decl.pointer()).ifPresent(doc -> record.addJavadoc("$L", doc));
        if (decl.deprecated()) {
            record.addAnnotation(Deprecated.class);
        }
        Constraints whole = decl.constraints();
        if (whole.minProperties() != null || whole.maxProperties() != null) {
            record.addAnnotation(
                    JavaTypes.sizeLike(RuntimeTypes.PROPERTY_COUNT, whole.minProperties(), whole.maxProperties()));
        }
        if (!whole.undeclaredRequired().isEmpty()) {
            record.addAnnotation(JavaTypes.stringArray(RuntimeTypes.REQUIRED_PROPERTIES, whole.undeclaredRequired()));
        }
        decl.unions().forEach(union -> record.addSuperinterface(types.declared(union)));

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (PropertyModel property : decl.properties()) {
            constructor.addParameter(component(property));
        }
        constructor.addParameter(ParameterSpec.builder(additionalPropertiesType(decl), decl.additionalPropertiesName())
                .addAnnotation(RuntimeTypes.JSON_ANY_GETTER)
                .addJavadoc("properties the schema does not name, kept so they are written back\n")
                .build());
        record.recordConstructor(constructor.build());
        record.addMethod(MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addStatement("$N = $L", decl.additionalPropertiesName(), copyOfAdditional(decl))
                .build());
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return $L", newBuilder(decl, builder))
                .build());
        record.addMethod(toBuilder(decl, builder));
        record.addType(builderType(decl, self, builder));
        return record.build();
    }

    /**
     * A new builder with each variant's discriminator value set. Set here, not in the builder's
     * constructor: Jackson reads through that constructor, and JSON without the property must read
     * (and write back) without it.
     */
    private static CodeBlock newBuilder(ObjectDecl decl, ClassName builder) {
        CodeBlock.Builder code = CodeBlock.builder().add("new $T()", builder);
        for (PropertyModel property : decl.properties()) {
            if (property.fixedValue() != null) {
                code.add(".$N($L)", property.javaName(), StringLiterals.of(property.fixedValue()));
            }
        }
        return code.build();
    }

    private ParameterSpec component(PropertyModel property) {
        ParameterSpec.Builder parameter = ParameterSpec.builder(types.componentType(property), property.javaName())
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY)
                        .addMember("value", "$L", StringLiterals.of(property.wireName()))
                        .build());
        if (property.required() && JavaTypes.holdsNullable(property)) {
            // Required means present; Skip keeps @NotNull on the Nullable instead of its value.
            parameter.addAnnotation(AnnotationSpec.builder(RuntimeTypes.NOT_NULL)
                    .addMember("payload", "$T.Skip.class", RuntimeTypes.UNWRAPPING)
                    .build());
        } else if (property.required() && !property.nullable()) {
            parameter.addAnnotation(RuntimeTypes.NOT_NULL);
        }
        parameter.addAnnotations(types.componentConstraints(property));
        parameter.addAnnotations(types.serializersOf(property));
        if (property.deprecated()) {
            parameter.addAnnotation(Deprecated.class);
        }
        Javadoc.memberDoc(property.description()).ifPresent(doc -> parameter.addJavadoc("$L\n", doc));
        return parameter.build();
    }

    private TypeName additionalPropertiesType(ObjectDecl decl) {
        return ParameterizedTypeName.get(
                ClassName.get(Map.class), ClassName.get(String.class), types.typeOf(decl.additionalProperties()));
    }

    /** Unknown properties as JSON keep JSON nulls; a typed map is copied as it is. */
    private static CodeBlock copyOfAdditional(ObjectDecl decl) {
        boolean raw = decl.additionalProperties().type() instanceof TypeRef.Scalar scalar
                && scalar.kind() == ScalarKind.ANY_JSON;
        if (raw) {
            return CodeBlock.of("$T.copyOf($N)", RuntimeTypes.ADDITIONAL_PROPERTIES, decl.additionalPropertiesName());
        }
        return CodeBlock.of(
                "$N == null ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
                decl.additionalPropertiesName(),
                Map.class,
                java.util.Collections.class,
                LinkedHashMap.class,
                decl.additionalPropertiesName());
    }

    private static MethodSpec toBuilder(ObjectDecl decl, ClassName builder) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return new $T()", builder);
        for (PropertyModel property : decl.properties()) {
            chain.add("\n.$N($N)", property.javaName(), property.javaName());
        }
        chain.add("\n.$N($N)", decl.additionalPropertiesName(), decl.additionalPropertiesName());
        return MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this object's values, to derive a changed copy.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("$L", chain.build())
                .build();
    }

    private TypeSpec builderType(ObjectDecl decl, ClassName self, ClassName builder) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_POJO_BUILDER)
                        .addMember("withPrefix", "$S", "")
                        .build())
                .addJavadoc("Builds a {@link $T}; unset properties are absent (null).\n", self)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (PropertyModel property : decl.properties()) {
            TypeName type0 = types.componentType(property);
            FieldSpec.Builder field =
                    FieldSpec.builder(types.builderFieldType(property), property.javaName(), Modifier.PRIVATE);
            type.addField(field.build());
            type.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY)
                            .addMember("value", "$L", StringLiterals.of(property.wireName()))
                            .build())
                    .addAnnotations(types.deserializersOf(property))
                    .returns(builder)
                    .addParameter(type0, property.javaName())
                    .addStatement("this.$N = $N", property.javaName(), property.javaName())
                    .addStatement("return this")
                    .build());
            arguments.add("$N, ", property.javaName());
        }
        TypeName additionalType = additionalPropertiesType(decl);
        TypeName valueType = types.typeOf(decl.additionalProperties());
        String additional = decl.additionalPropertiesName();
        type.addField(FieldSpec.builder(additionalType, additional, Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder(additional)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeTypes.JSON_IGNORE)
                .returns(builder)
                .addParameter(additionalType, additional)
                .addStatement("this.$N = new $T<>($N)", additional, LinkedHashMap.class, additional)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("putAdditionalProperty")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeTypes.JSON_ANY_SETTER)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(valueType, "value")
                .addStatement("this.$N.put(name, value)", additional)
                .addStatement("return this")
                .build());
        arguments.add("$N", additional);
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T($L)", self, arguments.build());
        if (decl.properties().stream().anyMatch(PropertyModel::required)) {
            // A required property left unset stays null: Jackson builds responses that break the
            // schema this way, and validation reports them.
            build.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "NullAway")
                    .build());
        }
        type.addMethod(build.build());
        return type.build();
    }
}
