package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.specpoet.generator.model.ScalarKind;
import io.specpoet.generator.model.TypeDecl.EnumConstant;
import io.specpoet.generator.model.TypeDecl.EnumDecl;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes an enum of strings or numbers as a forward-compatible value class: the listed values are
 * constants, {@code value()} gives a Java enum to {@code switch} on, and a value the spec does not
 * list is kept as its raw value (and written back unchanged) instead of failing the whole
 * response.
 */
final class EnumEmitter {

    private final JavaTypes types;

    EnumEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(EnumDecl decl) {
        ClassName self = types.declared(decl.javaName());
        ClassName value = self.nestedClass(decl.valueEnumName());
        boolean text = decl.wireKind() == ScalarKind.STRING;
        TypeName wireType = JavaTypes.scalar(decl.wireKind());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.OPEN_ENUM)
                .addAnnotation(RuntimeTypes.GENERATED);
        Javadoc.typeDoc(decl.description(), decl.pointer()).ifPresent(doc -> type.addJavadoc("$L", doc));
        if (decl.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }

        TypeSpec.Builder valueEnum = TypeSpec.enumBuilder(value)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values the spec lists, and {@link #$L} for any other.\n", decl.unrecognizedName());
        CodeBlock.Builder knownList = CodeBlock.builder();
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumConstant constant : decl.constants()) {
            valueEnum.addEnumConstant(
                    constant.javaName(),
                    TypeSpec.anonymousClassBuilder("")
                            .addJavadoc("{@code $L}\n", JavadocSanitizer.sanitizeInCode(constant.wireValue()))
                            .build());
            type.addField(FieldSpec.builder(self, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer(
                            "new $T($T.$N, $L)",
                            self,
                            value,
                            constant.javaName(),
                            literal(decl.wireKind(), constant.wireValue()))
                    .build());
            knownList.add(knownList.isEmpty() ? "$N" : ", $N", constant.javaName());
            if (text) {
                cases.add("case $L:\n$>return $N;\n$<", StringLiterals.of(constant.wireValue()), constant.javaName());
            } else {
                cases.beginControlFlow(
                                "if ($L)",
                                sameNumber(
                                        decl.wireKind(), "wireValue", literal(decl.wireKind(), constant.wireValue())))
                        .addStatement("return $N", constant.javaName())
                        .endControlFlow();
            }
        }
        valueEnum.addEnumConstant(
                decl.unrecognizedName(),
                TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A value this client does not know; {@link #wireValue()} holds it.\n")
                        .build());
        type.addType(valueEnum.build());

        type.addField(value, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(wireType, "wireValue", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(value, "value")
                .addParameter(wireType, "wireValue")
                .addStatement("this.value = value")
                .addStatement("this.wireValue = wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for a listed value, or an unrecognized value kept as it is.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", RuntimeTypes.JSON_CREATOR)
                        .build())
                .returns(self)
                .addParameter(wireType, "wireValue")
                .addStatement("$T.requireNonNull(wireValue, $S)", Objects.class, "wireValue")
                .addCode(
                        text ? switchOf(cases.build(), self, value, decl) : ifChainOf(cases.build(), self, value, decl))
                .build());
        type.addMethod(MethodSpec.methodBuilder("knownValues")
                .addJavadoc("Every value the spec lists, in its order.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
                .addStatement("return $T.of($L)", List.class, knownList.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The value as a Java enum, for {@code switch}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(value)
                .addStatement("return value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("wireValue")
                .addJavadoc("The value exactly as it appears in JSON.\n")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeTypes.JSON_VALUE)
                .returns(wireType)
                .addStatement("return wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("Whether the spec lists this value.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return value != $T.$N", value, decl.unrecognizedName())
                .build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(JavaTypes.mayBeNull(ClassName.get(Object.class)), "other")
                .addStatement(
                        "return other instanceof $T that && $L",
                        self,
                        decl.wireKind() == ScalarKind.DECIMAL
                                ? CodeBlock.of("wireValue.compareTo(that.wireValue) == 0")
                                : CodeBlock.of("wireValue.equals(that.wireValue)"))
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement(
                        decl.wireKind() == ScalarKind.DECIMAL
                                ? "return wireValue.stripTrailingZeros().hashCode()"
                                : "return wireValue.hashCode()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(text ? "return wireValue" : "return wireValue.toString()")
                .build());
        return type.build();
    }

    private static CodeBlock switchOf(CodeBlock cases, ClassName self, ClassName value, EnumDecl decl) {
        return CodeBlock.builder()
                .beginControlFlow("switch (wireValue)")
                .add(cases)
                .add("default:\n$>return new $T($T.$N, wireValue);\n$<", self, value, decl.unrecognizedName())
                .endControlFlow()
                .build();
    }

    private static CodeBlock ifChainOf(CodeBlock cases, ClassName self, ClassName value, EnumDecl decl) {
        return CodeBlock.builder()
                .add(cases)
                .addStatement("return new $T($T.$N, wireValue)", self, value, decl.unrecognizedName())
                .build();
    }

    /** A Java literal of the wire type for a listed value. */
    private static CodeBlock literal(ScalarKind kind, String wireValue) {
        return switch (kind) {
            case STRING -> CodeBlock.of("$L", StringLiterals.of(wireValue));
            case INT32 -> CodeBlock.of("$L", wireValue);
            case INT64 -> CodeBlock.of("$LL", wireValue);
            case FLOAT -> CodeBlock.of("$Lf", wireValue);
            case DOUBLE -> CodeBlock.of("$Ld", wireValue);
            default -> CodeBlock.of("new $T($S)", java.math.BigDecimal.class, wireValue);
        };
    }

    /** Numbers compare by value: {@code 1.50} is the listed {@code 1.5}. */
    private static CodeBlock sameNumber(ScalarKind kind, String variable, CodeBlock literal) {
        return kind == ScalarKind.DECIMAL
                ? CodeBlock.of("$N.compareTo($L) == 0", variable, literal)
                : CodeBlock.of("$N.equals($L)", variable, literal);
    }
}
