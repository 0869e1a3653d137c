package io.specpoet.generator.corpus;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.specpoet.generator.model.ScalarKind;
import io.specpoet.generator.model.TypeRef;
import io.specpoet.generator.model.TypeUse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Java type, as Jackson sees it, that the generated code declares for a model type: generated
 * classes are loaded from the compiled output, the rest is what the emitter maps scalars to.
 */
public final class JavaTypeResolver {

    private final TypeFactory types;
    private final ClassLoader classes;
    private final String modelPackage;

    public JavaTypeResolver(ClassLoader classes, String modelPackage) {
        this.types = TypeFactory.defaultInstance().withClassLoader(classes);
        this.classes = classes;
        this.modelPackage = modelPackage;
    }

    public JavaType javaType(TypeUse use) throws ClassNotFoundException {
        TypeRef type = use.type();
        if (type instanceof TypeRef.Declared declared) {
            return types.constructType(Class.forName(modelPackage + "." + declared.javaName(), true, classes));
        }
        if (type instanceof TypeRef.ListOf list) {
            return types.constructCollectionType(List.class, javaType(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return types.constructMapType(Map.class, types.constructType(String.class), javaType(map.value()));
        }
        return types.constructType(scalar(((TypeRef.Scalar) type).kind()));
    }

    /** As the emitter's JavaTypes maps them. */
    private static Class<?> scalar(ScalarKind kind) {
        return switch (kind) {
            case STRING -> String.class;
            case BOOLEAN -> Boolean.class;
            case INT32 -> Integer.class;
            case INT64 -> Long.class;
            case BIG_INTEGER -> BigInteger.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case DATE_TIME -> OffsetDateTime.class;
            case DATE -> LocalDate.class;
            case UUID -> UUID.class;
            case URI -> URI.class;
            case BYTES, BINARY -> byte[].class;
            case ANY_JSON -> com.fasterxml.jackson.databind.JsonNode.class;
        };
    }
}
