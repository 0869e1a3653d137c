package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.specpoet.generator.model.TypeDecl.JsonKind;
import io.specpoet.generator.model.TypeDecl.Match;
import io.specpoet.generator.model.TypeDecl.UnionDecl;
import io.specpoet.generator.model.TypeDecl.UnionVariant;
import io.specpoet.generator.model.TypeDecl.VariantPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes a oneOf/anyOf as a sealed interface. Object members are the generated records; scalar,
 * array and map members are wrapper records nested in the interface; a nested record keeps the
 * raw JSON of a value that is no variant. The interface has a static factory per variant, an
 * exhaustive {@code Visitor} with {@code accept}, and a deserializer that hands the model's
 * deduction plan to the runtime's {@code UnionDeserializer}: no parsing code is generated.
 */
final class UnionEmitter {

    private final JavaTypes types;

    UnionEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(UnionDecl decl) {
        ClassName self = types.declared(decl.javaName());
        ClassName unknown = self.nestedClass(decl.unknownVariantName());
        ClassName deserializer = self.nestedClass(decl.deserializerName());
        ClassName visitor = self.nestedClass(decl.visitorName());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE)
                        .addMember("using", "$T.class", deserializer)
                        .build());
        Javadoc.typeDoc(decl.description(), decl.pointer()).ifPresent(doc -> type.addJavadoc("$L", doc));
        if (decl.subtypes() != null) {
            type.addJavadoc(
                    "\n<p>The schema and the schemas that extend it, told apart by the {@code $L} property;"
                            + " a value naming none of them is a {@link $T}.\n",
                    JavadocSanitizer.sanitizeInCode(decl.discriminatorProperty()),
                    types.declared(decl.subtypes().baseRecord()));
        } else if (decl.discriminatorProperty() != null) {
            type.addJavadoc(
                    "\n<p>Told apart by the {@code $L} property.\n",
                    JavadocSanitizer.sanitizeInCode(decl.discriminatorProperty()));
        } else {
            type.addJavadoc(
                    decl.match() == Match.ONE_OF
                            ? "\n<p>A oneOf: a value is the one variant it fits; a value fitting none or several is {@link $T}.\n"
                            : "\n<p>An anyOf: a value is the first variant it fits, in the spec's order, else {@link $T}.\n",
                    unknown);
        }
        if (decl.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        decl.superUnions().forEach(union -> type.addSuperinterface(types.declared(union)));
        for (UnionVariant variant : decl.variants()) {
            type.addPermittedSubclass(variantClass(self, variant));
        }
        type.addPermittedSubclass(unknown);

        for (UnionVariant variant : decl.variants()) {
            if (variant.isWrapper()) {
                type.addType(wrapper(self, variant));
            }
        }
        type.addType(TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A value that is none of the variants, kept as the JSON it was read from. Response"
                        + " validation reports it.\n")
                .addAnnotation(RuntimeTypes.UNKNOWN_VARIANT)
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(RuntimeTypes.JSON_NODE, "raw")
                                .addAnnotation(RuntimeTypes.JSON_VALUE)
                                .build())
                        .build())
                .build());
        if (decl.subtypes() != null) {
            ClassName base = types.declared(decl.subtypes().baseRecord());
            ClassName builder = base.nestedClass(decl.subtypes().baseBuilderName());
            MethodSpec.Builder method = MethodSpec.methodBuilder("builder")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder);
            String setter = decl.subtypes().baseDiscriminatorSetter();
            if (setter == null) {
                method.addJavadoc("Builds a {@link $T}, this schema's own shape.\n", base)
                        .addStatement("return $T.builder()", base);
            } else {
                method.addJavadoc(
                                "Builds a {@link $T}, this schema's own shape, with {@code $L} set to the value"
                                        + " naming it.\n",
                                base,
                                JavadocSanitizer.sanitizeInCode(decl.discriminatorProperty()))
                        .addStatement(
                                "return $T.builder().$N($L)",
                                base,
                                setter,
                                StringLiterals.of(decl.subtypes().baseDiscriminatorValue()));
            }
            type.addMethod(method.build());
        }
        for (UnionVariant variant : decl.variants()) {
            type.addMethod(factory(self, variant));
        }
        type.addType(visitorType(decl, self, visitor, unknown));
        type.addMethod(accept(decl, self, visitor, unknown));
        type.addType(deserializerType(decl, self, deserializer, unknown));
        return type.build();
    }

    private ClassName variantClass(ClassName self, UnionVariant variant) {
        return variant.isWrapper() ? self.nestedClass(variant.javaName()) : types.declared(variant.javaName());
    }

    private TypeSpec wrapper(ClassName self, UnionVariant variant) {
        ClassName wrapper = self.nestedClass(variant.javaName());
        ParameterSpec value = ParameterSpec.builder(types.typeOf(variant.wrapped()), "value")
                .addAnnotation(RuntimeTypes.JSON_VALUE)
                .addAnnotations(types.constraintsOf(variant.wrapped()))
                .addAnnotations(types.codecsOf(variant.wrapped()))
                .build();
        return TypeSpec.recordBuilder(wrapper)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "The variant holding a {@code $L}.\n",
                        JavadocSanitizer.sanitize(
                                types.plainTypeOf(variant.wrapped()).toString()))
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE)
                        .addMember("using", "$T.None.class", RuntimeTypes.JSON_DESERIALIZER)
                        .build())
                .addSuperinterface(self)
                .addSuperinterface(ParameterizedTypeName.get(
                        RuntimeTypes.UNION_WRAPPER,
                        types.plainTypeOf(variant.wrapped()).box()))
                .recordConstructor(
                        MethodSpec.constructorBuilder().addParameter(value).build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_CREATOR)
                                .addMember("mode", "$T.Mode.DELEGATING", RuntimeTypes.JSON_CREATOR)
                                .build())
                        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                        .build())
                .build();
    }

    private MethodSpec factory(ClassName self, UnionVariant variant) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(variant.factoryName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self);
        if (variant.isWrapper()) {
            return method.addJavadoc("The {@link $T} variant.\n", self.nestedClass(variant.javaName()))
                    .addParameter(types.plainTypeOf(variant.wrapped()), "value")
                    .addStatement("return new $T(value)", self.nestedClass(variant.javaName()))
                    .build();
        }
        return method.addJavadoc("The {@link $T} variant, typed as the union.\n", types.declared(variant.javaName()))
                .addParameter(types.declared(variant.javaName()), "value")
                .addStatement("return $T.requireNonNull(value, $S)", Objects.class, "value")
                .build();
    }

    private TypeSpec visitorType(UnionDecl decl, ClassName self, ClassName visitor, ClassName unknown) {
        TypeVariableName result = TypeVariableName.get("R");
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(visitor)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(result)
                .addJavadoc(
                        "One method per variant: implementing it handles every value {@link $T#accept} may see.\n",
                        self);
        for (UnionVariant variant : decl.variants()) {
            type.addMethod(MethodSpec.methodBuilder(variant.visitName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(result)
                    .addParameter(variantClass(self, variant), "value")
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("visit" + decl.unknownVariantName())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(result)
                .addParameter(unknown, "value")
                .build());
        return type.build();
    }

    private MethodSpec accept(UnionDecl decl, ClassName self, ClassName visitor, ClassName unknown) {
        TypeVariableName result = TypeVariableName.get("R");
        MethodSpec.Builder method = MethodSpec.methodBuilder("accept")
                .addJavadoc("Calls the visitor's method for this variant.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addTypeVariable(result)
                .returns(result)
                .addParameter(ParameterizedTypeName.get(visitor, result), "visitor");
        for (UnionVariant variant : decl.variants()) {
            method.beginControlFlow("if (this instanceof $T value)", variantClass(self, variant))
                    .addStatement("return visitor.$N(value)", variant.visitName())
                    .endControlFlow();
        }
        return method.addStatement("return visitor.$N(($T) this)", "visit" + decl.unknownVariantName(), unknown)
                .build();
    }

    private TypeSpec deserializerType(UnionDecl decl, ClassName self, ClassName deserializer, ClassName unknown) {
        TypeName variantList = ParameterizedTypeName.get(
                ClassName.get(List.class),
                ParameterizedTypeName.get(RuntimeTypes.UNION_VARIANT, WildcardTypeName.subtypeOf(self)));
        MethodSpec.Builder variants = MethodSpec.methodBuilder("variants")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(variantList)
                .addStatement("$T variants = new $T<>()", variantList, ArrayList.class);
        String fallback = decl.subtypes() == null ? null : decl.subtypes().baseRecord();
        for (UnionVariant variant : decl.readVariants()) {
            CodeBlock plan = plan(variantClass(self, variant), variant.plan());
            if (variant.javaName().equals(fallback)) {
                plan = CodeBlock.of("$L\n.fallback()", plan);
            }
            variants.addStatement("variants.add($L)", plan);
        }
        variants.addStatement("return variants");
        CodeBlock discriminator = decl.discriminatorProperty() == null
                ? CodeBlock.of("null")
                : StringLiterals.of(decl.discriminatorProperty());
        return TypeSpec.classBuilder(deserializer)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "Runs the union's deduction plan; a value that is no variant reads as {@link $T}.\n", unknown)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.UNION_DESERIALIZER, self))
                .addField(com.palantir.javapoet.FieldSpec.builder(
                                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(
                                "super($T.class, $T.$L, $L, variants(), $T::new)",
                                self,
                                RuntimeTypes.UNION_MATCH,
                                decl.match().name(),
                                discriminator,
                                unknown)
                        .build())
                .addMethod(variants.build())
                .build();
    }

    /** {@code UnionVariant.of(Customer.class, JsonKind.OBJECT).required("id").constant("object", "customer")}. */
    private static CodeBlock plan(ClassName variant, VariantPlan plan) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($T.class", RuntimeTypes.UNION_VARIANT, variant);
        for (JsonKind kind : plan.kinds()) {
            code.add(", $T.$L", RuntimeTypes.JSON_KIND, kind.name());
        }
        code.add(")");
        if (!plan.discriminatorValues().isEmpty()) {
            code.add("\n.discriminatorValues($L)", strings(plan.discriminatorValues()));
        }
        if (!plan.required().isEmpty()) {
            code.add("\n.required($L)", strings(plan.required()));
        }
        for (Map.Entry<String, Object> constant : plan.constants().entrySet()) {
            code.add("\n.constant($L, $L)", StringLiterals.of(constant.getKey()), literal(constant.getValue()));
        }
        if (plan.allowedValues() != null) {
            List<CodeBlock> values =
                    plan.allowedValues().stream().map(UnionEmitter::literal).toList();
            code.add("\n.allowedValues($L)", CodeBlock.join(values, ", "));
        }
        if (plan.closedProperties() != null) {
            code.add("\n.closed($L)", strings(plan.closedProperties()));
        }
        return code.build();
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(StringLiterals::of).toList(), ", ");
    }

    private static CodeBlock literal(Object value) {
        if (value instanceof BigDecimal number) {
            return CodeBlock.of("new $T($S)", BigDecimal.class, number.toPlainString());
        }
        if (value instanceof Boolean bool) {
            return CodeBlock.of("$T.$L", Boolean.class, bool ? "TRUE" : "FALSE");
        }
        return StringLiterals.of(value == null ? null : value.toString());
    }
}
