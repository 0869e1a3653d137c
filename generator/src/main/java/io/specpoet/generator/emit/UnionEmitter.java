package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.specpoet.generator.model.TypeDecl.UnionDecl;
import io.specpoet.generator.model.TypeDecl.UnionVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a discriminated oneOf/anyOf as a sealed interface: its variants are the generated
 * records, and a nested record keeps the raw JSON of a variant the spec does not list, so it can
 * be read and written back unchanged.
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
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE)
                        .addMember("using", "$T.class", deserializer)
                        .build());
        Javadoc.typeDoc(decl.description(), decl.pointer()).ifPresent(doc -> type.addJavadoc("$L", doc));
        type.addJavadoc("\n<p>Told apart by the {@code $L} property.\n",
                JavadocSanitizer.sanitize(decl.discriminatorProperty()).replace("}", "&#125;"));
        if (decl.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        decl.variants().stream()
                .map(UnionVariant::javaName)
                .distinct()
                .forEach(variant -> type.addPermittedSubclass(types.declared(variant)));
        type.addPermittedSubclass(unknown);

        type.addType(TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A variant this client does not know, kept as the JSON it was read from.\n")
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(RuntimeTypes.JSON_NODE, "raw")
                                .addAnnotation(RuntimeTypes.JSON_VALUE)
                                .build())
                        .build())
                .build());

        TypeName variantClass = ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(self));
        TypeName variantMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), variantClass);
        MethodSpec.Builder variants = MethodSpec.methodBuilder("variants")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(variantMap)
                .addStatement("$T variants = new $T<>()", variantMap, LinkedHashMap.class);
        for (UnionVariant variant : decl.variants()) {
            variants.addStatement("variants.put($L, $T.class)", StringLiterals.of(variant.discriminatorValue()),
                    types.declared(variant.javaName()));
        }
        variants.addStatement("return variants");
        type.addType(TypeSpec.classBuilder(deserializer)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Picks the variant by the discriminator; any other value reads as {@link $T}.\n", unknown)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.UNION_DESERIALIZER, self))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.class, $L, variants(), $T::new)", self, StringLiterals.of(decl.discriminatorProperty()),
                                unknown)
                        .build())
                .addMethod(variants.build())
                .build());
        return type.build();
    }
}
