package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.specpoet.generator.model.Constraints;
import io.specpoet.generator.model.ParameterModel;
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
    private final Set<String> enumClasses;

    /**
     * @param valueClasses the generated types that hold a single value (enums): Bean Validation
     *     has nothing to cascade into
     * @param enumClasses the generated enum classes, which implement the runtime's {@code
     *     OpenEnum}: each use is checked to hold a value the spec lists
     */
    JavaTypes(String modelPackage, Set<String> valueClasses, Set<String> enumClasses) {
        this.modelPackage = modelPackage;
        this.valueClasses = valueClasses;
        this.enumClasses = enumClasses;
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
        if (type instanceof TypeRef.External external) {
            return ClassName.bestGuess(external.className());
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(
                    ClassName.get(List.class), elementType(list.element(), constrainedElements));
        }
        TypeRef.MapOf map = (TypeRef.MapOf) type;
        return ParameterizedTypeName.get(
                ClassName.get(java.util.Map.class),
                ClassName.get(String.class),
                elementType(map.value(), constrainedElements));
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
        if (use.type() instanceof TypeRef.External external) {
            // The user's class: its own constraints, if any, are checked; a schema mapping's
            // class replaces an object, a type mapping's a scalar with nothing to cascade into.
            return external.replacedKind() == null
                    ? List.of(AnnotationSpec.builder(RuntimeTypes.VALID).build())
                    : List.of();
        }
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
        boolean json = use.type() instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.ANY_JSON;
        if (c.uniqueItems() && (use.type() instanceof TypeRef.ListOf || json)) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.UNIQUE_ITEMS).build());
        }
        if ((c.minProperties() != null || c.maxProperties() != null) && (use.type() instanceof TypeRef.MapOf || json)) {
            annotations.add(sizeLike(RuntimeTypes.PROPERTY_COUNT, c.minProperties(), c.maxProperties()));
        }
        if (!c.undeclaredRequired().isEmpty() && (use.type() instanceof TypeRef.MapOf || json)) {
            annotations.add(stringArray(RuntimeTypes.REQUIRED_PROPERTIES, c.undeclaredRequired()));
        }
        boolean integral = use.type() instanceof TypeRef.Scalar scalar
                && (scalar.kind() == ScalarKind.INT32
                        || scalar.kind() == ScalarKind.INT64
                        || scalar.kind() == ScalarKind.BIG_INTEGER);
        boolean numeric = integral
                || (use.type() instanceof TypeRef.Scalar scalar
                        && (scalar.kind() == ScalarKind.FLOAT
                                || scalar.kind() == ScalarKind.DOUBLE
                                || scalar.kind() == ScalarKind.DECIMAL));
        // Bounds are for numbers only: @DecimalMin on a string would compare numeric text.
        if (c.minimum() != null && numeric) {
            annotations.add(bound(true, c.minimum(), c.exclusiveMinimum(), integral));
        }
        if (c.maximum() != null && numeric) {
            annotations.add(bound(false, c.maximum(), c.exclusiveMaximum(), integral));
        }
        if (c.multipleOf() != null && numeric) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.MULTIPLE_OF)
                    .addMember(
                            "value", "$S", c.multipleOf().stripTrailingZeros().toPlainString())
                    .build());
        }
        if (c.allowedValues() != null && !(use.type() instanceof TypeRef.Declared)) {
            annotations.add(stringArray(RuntimeTypes.ALLOWED_VALUES, c.allowedValues()));
        }
        if (use.type() instanceof TypeRef.Declared declaredRef && enumClasses.contains(declaredRef.javaName())) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.KNOWN_VALUE).build());
        }
        if (cascades(use)) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.VALID).build());
        }
        return annotations;
    }

    /** An annotation whose {@code value} is a string array, one string per line when several. */
    static AnnotationSpec stringArray(ClassName annotation, List<String> values) {
        if (values.size() == 1) {
            return AnnotationSpec.builder(annotation)
                    .addMember("value", "$L", StringLiterals.of(values.get(0)))
                    .build();
        }
        com.palantir.javapoet.CodeBlock.Builder array =
                com.palantir.javapoet.CodeBlock.builder().add("{");
        for (int i = 0; i < values.size(); i++) {
            array.add(i == 0 ? "$L" : ", $L", StringLiterals.of(values.get(i)));
        }
        return AnnotationSpec.builder(annotation)
                .addMember("value", "$L", array.add("}").build())
                .build();
    }

    static AnnotationSpec sizeLike(ClassName annotation, Integer min, Integer max) {
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
        AnnotationSpec.Builder builder = AnnotationSpec.builder(
                        lower ? RuntimeTypes.DECIMAL_MIN : RuntimeTypes.DECIMAL_MAX)
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

    /**
     * The record component's type, {@code @Nullable} when the property may be absent (it is not
     * required). A nullable property's type cascades validation through its type argument.
     */
    TypeName componentType(PropertyModel property) {
        TypeName type = valueType(property);
        return property.required() ? type : mayBeNull(type);
    }

    /** The type of a builder's field, null until the property is set. */
    TypeName builderFieldType(PropertyModel property) {
        return mayBeNull(valueType(property));
    }

    /** The type of an operation parameter, {@code @Nullable} when it is optional. */
    TypeName parameterType(ParameterModel parameter) {
        TypeName type = plainTypeOf(parameter.type());
        return parameter.required() ? type : mayBeNull(type);
    }

    /** JSpecify's {@code @Nullable}: every generated package is {@code @NullMarked}. */
    static TypeName mayBeNull(TypeName type) {
        return type.annotated(RuntimeTypes.MAY_BE_NULL);
    }

    private TypeName valueType(PropertyModel property) {
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

    /** The codecs of a union wrapper's value, read and write side: on its record component. */
    List<AnnotationSpec> codecsOf(TypeUse use) {
        List<AnnotationSpec> annotations = new ArrayList<>(codecsOf(use, false, RuntimeTypes.JSON_SERIALIZE));
        annotations.addAll(codecsOf(use, false, RuntimeTypes.JSON_DESERIALIZE));
        return annotations;
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
        boolean write = annotation.equals(RuntimeTypes.JSON_SERIALIZE);
        ClassName codec;
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.DATE_TIME) {
            codec = write ? RuntimeTypes.DATE_TIME_SERIALIZER : RuntimeTypes.DATE_TIME_DESERIALIZER;
        } else if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.DATE) {
            codec = write ? RuntimeTypes.DATE_SERIALIZER : RuntimeTypes.DATE_DESERIALIZER;
        } else if (type instanceof TypeRef.External external && external.replacedKind() == ScalarKind.DATE_TIME) {
            // A mapped date-time reads RFC 3339 as the default type does, if the runtime knows the class.
            codec = switch (external.className()) {
                case "java.time.Instant" -> write ? RuntimeTypes.INSTANT_SERIALIZER : RuntimeTypes.INSTANT_DESERIALIZER;
                case "java.time.OffsetDateTime" ->
                    write ? RuntimeTypes.DATE_TIME_SERIALIZER : RuntimeTypes.DATE_TIME_DESERIALIZER;
                default -> null;
            };
        } else if (type instanceof TypeRef.External external
                && external.replacedKind() == ScalarKind.DATE
                && external.className().equals("java.time.LocalDate")) {
            codec = write ? RuntimeTypes.DATE_SERIALIZER : RuntimeTypes.DATE_DESERIALIZER;
        } else {
            codec = null;
        }
        if (codec == null) {
            return List.of();
        }
        return List.of(AnnotationSpec.builder(annotation)
                .addMember(content ? "contentUsing" : "using", "$T.class", codec)
                .build());
    }
}
