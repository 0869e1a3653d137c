package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.specpoet.generator.model.Constraints;
import io.specpoet.generator.model.PropertyModel;
import io.specpoet.generator.model.ScalarKind;
import io.specpoet.generator.model.TypeRef;
import io.specpoet.generator.model.TypeUse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Java types and Bean Validation constraints for model type uses. Constraints of list elements and
 * map values are type-use annotations ({@code List<@Pattern(...) String>}), so each element is
 * checked on its own.
 */
final class JavaTypes {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String modelPackage;
    private final Set<String> valueClasses;

    /**
     * @param valueClasses the generated types that hold a single value (enums): Bean Validation
     *     has nothing to cascade into
     */
    JavaTypes(String modelPackage, Set<String> valueClasses) {
        this.modelPackage = modelPackage;
        this.valueClasses = valueClasses;
    }

    ClassName declared(String javaName) {
        return ClassName.get(modelPackage, javaName);
    }

    /** The type of a record component: its own constraints go on the declaration, not here. */
    TypeName typeOf(TypeUse use) {
        return typeOf(use, true);
    }

    /** The type without any constraint, for method signatures of the API classes. */
    TypeName plainTypeOf(TypeUse use) {
        return typeOf(use, false);
    }

    private TypeName typeOf(TypeUse use, boolean constrainedElements) {
        TypeRef type = use.type();
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind());
        }
        if (type instanceof TypeRef.Declared declaredRef) {
            return declared(declaredRef.javaName());
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), elementType(list.element(), constrainedElements));
        }
        TypeRef.MapOf map = (TypeRef.MapOf) type;
        return ParameterizedTypeName.get(
                ClassName.get(java.util.Map.class), ClassName.get(String.class), elementType(map.value(), constrainedElements));
    }

    /** An element or value type, carrying its constraints as type-use annotations if asked. */
    private TypeName elementType(TypeUse use, boolean constrained) {
        TypeName type = typeOf(use, constrained);
        List<AnnotationSpec> annotations = constrained ? constraintsOf(use) : List.of();
        return annotations.isEmpty() ? type : type.annotated(annotations);
    }

    static TypeName scalar(ScalarKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            case BIG_INTEGER -> ClassName.get(BigInteger.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DATE_TIME -> ClassName.get(java.time.OffsetDateTime.class);
            case DATE -> ClassName.get(java.time.LocalDate.class);
            case UUID -> ClassName.get(java.util.UUID.class);
            case URI -> ClassName.get(java.net.URI.class);
            case BYTES, BINARY -> ArrayTypeName.of(TypeName.BYTE);
            case ANY_JSON -> RuntimeTypes.JSON_NODE;
        };
    }

    /** The constraints of a type use: validation keywords, and {@code @Valid} for nested types. */
    List<AnnotationSpec> constraintsOf(TypeUse use) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        Constraints c = use.constraints();
        if (c.javaPattern() != null) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.PATTERN)
                    .addMember("regexp", "$L", StringLiterals.of(c.javaPattern()))
                    .build());
        }
        if (c.minLength() != null || c.maxLength() != null) {
            annotations.add(sizeLike(RuntimeTypes.CODE_POINT_LENGTH, c.minLength(), c.maxLength()));
        }
        if (c.minItems() != null || c.maxItems() != null) {
            annotations.add(sizeLike(RuntimeTypes.SIZE, c.minItems(), c.maxItems()));
        }
        boolean integral = use.type() instanceof TypeRef.Scalar scalar
                && (scalar.kind() == ScalarKind.INT32 || scalar.kind() == ScalarKind.INT64
                        || scalar.kind() == ScalarKind.BIG_INTEGER);
        if (c.minimum() != null) {
            annotations.add(bound(true, c.minimum(), c.exclusiveMinimum(), integral));
        }
        if (c.maximum() != null) {
            annotations.add(bound(false, c.maximum(), c.exclusiveMaximum(), integral));
        }
        if (cascades(use)) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.VALID).build());
        }
        return annotations;
    }

    private static AnnotationSpec sizeLike(ClassName annotation, Integer min, Integer max) {
        AnnotationSpec.Builder builder = AnnotationSpec.builder(annotation);
        if (min != null) {
            builder.addMember("min", "$L", min);
        }
        if (max != null) {
            builder.addMember("max", "$L", max);
        }
        return builder.build();
    }

    /**
     * {@code @Min}/{@code @Max} for whole bounds of integer types, with an exclusive bound moved
     * to the next integer (exact for integers); {@code @DecimalMin}/{@code @DecimalMax} otherwise.
     */
    private static AnnotationSpec bound(boolean lower, BigDecimal value, boolean exclusive, boolean integral) {
        if (integral) {
            BigDecimal whole = lower
                    ? value.setScale(0, java.math.RoundingMode.CEILING)
                    : value.setScale(0, java.math.RoundingMode.FLOOR);
            BigInteger bound = whole.toBigIntegerExact();
            if (exclusive && whole.compareTo(value) == 0) {
                bound = lower ? bound.add(BigInteger.ONE) : bound.subtract(BigInteger.ONE);
            }
            if (bound.compareTo(LONG_MIN) >= 0 && bound.compareTo(LONG_MAX) <= 0) {
                return AnnotationSpec.builder(lower ? RuntimeTypes.MIN : RuntimeTypes.MAX)
                        .addMember("value", "$L", longLiteral(bound.longValueExact()))
                        .build();
            }
        }
        AnnotationSpec.Builder builder = AnnotationSpec.builder(lower ? RuntimeTypes.DECIMAL_MIN : RuntimeTypes.DECIMAL_MAX)
                .addMember("value", "$S", value.toPlainString());
        if (exclusive) {
            builder.addMember("inclusive", "$L", false);
        }
        return builder.build();
    }

    /** An int literal where it fits, else a long literal ({@code -9223372036854775808L} is legal). */
    private static String longLiteral(long value) {
        boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        return fitsInt ? Long.toString(value) : value + "L";
    }

    /**
     * Whether a property is held as {@code Nullable<T>}: a nullable property has three states
     * (absent, null, a value), and a plain Java field has only two. A JSON-typed property keeps
     * an explicit null as {@code NullNode} already.
     */
    static boolean holdsNullable(PropertyModel property) {
        return property.nullable()
                && !(property.type().type() instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.ANY_JSON);
    }

    /** The record component's type; a nullable one cascades validation through its type argument. */
    TypeName componentType(PropertyModel property) {
        TypeName type = typeOf(property.type());
        if (!holdsNullable(property)) {
            return type;
        }
        if (cascades(property.type())) {
            type = type.annotated(AnnotationSpec.builder(RuntimeTypes.VALID).build());
        }
        return ParameterizedTypeName.get(RuntimeTypes.NULLABLE, type);
    }

    /** The component's constraints; on a {@code Nullable} they apply to its value. */
    List<AnnotationSpec> componentConstraints(PropertyModel property) {
        List<AnnotationSpec> annotations = new ArrayList<>(constraintsOf(property.type()));
        if (holdsNullable(property)) {
            annotations.removeIf(annotation -> annotation.type().equals(RuntimeTypes.VALID));
        }
        return annotations;
    }

    private boolean cascades(TypeUse use) {
        return use.type() instanceof TypeRef.Declared declaredRef && !valueClasses.contains(declaredRef.javaName());
    }

    /** The write side of {@link #codecsOf}: goes on the record component. */
    List<AnnotationSpec> serializersOf(PropertyModel property) {
        return codecsOf(property.type(), holdsNullable(property), RuntimeTypes.JSON_SERIALIZE);
    }

    /** The read side of {@link #codecsOf}: goes on the builder method Jackson reads through. */
    List<AnnotationSpec> deserializersOf(PropertyModel property) {
        return codecsOf(property.type(), holdsNullable(property), RuntimeTypes.JSON_DESERIALIZE);
    }

    /**
     * A Jackson annotation that writes or reads date-times and dates with the runtime's RFC 3339
     * codecs, directly or for the elements of a list or map, so no jsr310 module is needed. The
     * value of a {@code Nullable} is its content too.
     */
    private static List<AnnotationSpec> codecsOf(TypeUse use, boolean nullable, ClassName annotation) {
        TypeRef type = use.type();
        boolean content = nullable;
        if (type instanceof TypeRef.ListOf list) {
            type = list.element().type();
            content = true;
        } else if (type instanceof TypeRef.MapOf map) {
            type = map.value().type();
            content = true;
        }
        if (!(type instanceof TypeRef.Scalar scalar)) {
            return List.of();
        }
        boolean write = annotation.equals(RuntimeTypes.JSON_SERIALIZE);
        ClassName codec;
        if (scalar.kind() == ScalarKind.DATE_TIME) {
            codec = write ? RuntimeTypes.DATE_TIME_SERIALIZER : RuntimeTypes.DATE_TIME_DESERIALIZER;
        } else if (scalar.kind() == ScalarKind.DATE) {
            codec = write ? RuntimeTypes.DATE_SERIALIZER : RuntimeTypes.DATE_DESERIALIZER;
        } else {
            return List.of();
        }
        return List.of(AnnotationSpec.builder(annotation)
                .addMember(content ? "contentUsing" : "using", "$T.class", codec)
                .build());
    }
}
