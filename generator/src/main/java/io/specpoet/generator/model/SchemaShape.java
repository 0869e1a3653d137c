package io.specpoet.generator.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What Java type a schema becomes, decided in this one place from the schema alone (references
 * are not followed). The type a schema declares wins over keywords that do not apply to it: a
 * {@code type: string} with a stray {@code additionalProperties} is a string. An allOf, oneOf or
 * anyOf of one member (besides {@code null}, and besides allOf parts that only describe or
 * constrain) is that member.
 */
sealed interface SchemaShape {

    /** A {@code $ref}: the referenced component's type. */
    record Reference(String ref) implements SchemaShape {}

    /**
     * The type of the one member of an allOf/oneOf/anyOf.
     *
     * @param pointerSuffix where the member is, relative to the schema
     */
    record SameAs(Schema<?> member, String pointerSuffix) implements SchemaShape {}

    /** An enum of strings or numbers. */
    record EnumShape(ScalarKind wireKind) implements SchemaShape {}

    /**
     * A oneOf/anyOf of two or more members (a {@code null} member only makes it nullable).
     *
     * @param keyword {@code oneOf} or {@code anyOf}
     * @param members the members that are not {@code null}, by their index in the keyword's list
     */
    record Union(String keyword, List<IndexedMember> members) implements SchemaShape {}

    record IndexedMember(int index, Schema<?> schema) {}

    /** An object with properties, or an allOf of several parts: a record. */
    record RecordShape() implements SchemaShape {}

    record ListShape() implements SchemaShape {}

    record MapShape() implements SchemaShape {}

    record ScalarShape() implements SchemaShape {}

    static SchemaShape of(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return new Reference(schema.get$ref());
        }
        Set<String> types = types(schema);
        types.remove("null");
        boolean scalarTyped = !types.isEmpty() && !types.contains("object") && !types.contains("array");
        if (!scalarTyped) {
            Union union = union(schema);
            if (union != null && union.members().size() == 1 && !hasOwnShape(schema)) {
                IndexedMember only = union.members().get(0);
                return new SameAs(only.schema(), "/" + union.keyword() + "/" + only.index());
            }
            if (union != null && union.members().size() > 1) {
                return union;
            }
            // Parts that only describe or constrain (allOf: [$ref: Tags, {description: …}]) make no type.
            IndexedMember soleAllOfPart = soleShapedPart(schema.getAllOf());
            if (soleAllOfPart != null && !hasOwnShape(schema) && schema.getDiscriminator() == null) {
                return new SameAs(soleAllOfPart.schema(), "/allOf/" + soleAllOfPart.index());
            }
        }
        ScalarKind enumKind = enumKind(schema, types);
        if (enumKind != null) {
            return new EnumShape(enumKind);
        }
        if (scalarTyped) {
            return new ScalarShape();
        }
        // An allOf whose parts only describe or constrain makes no record: the schema's own type decides.
        if ((schema.getProperties() != null && !schema.getProperties().isEmpty())
                || (schema.getAllOf() != null && schema.getAllOf().stream().anyMatch(SchemaShape::isShaped))) {
            return new RecordShape();
        }
        if (types.contains("array") || schema.getItems() != null) {
            return new ListShape();
        }
        if (types.contains("object") || schema.getAdditionalProperties() != null) {
            return new MapShape();
        }
        return new ScalarShape();
    }

    /** Whether the shape is written as a type of its own. */
    default boolean isDeclared() {
        return this instanceof EnumShape || this instanceof Union || this instanceof RecordShape;
    }

    static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        return types;
    }

    /** Whether a schema allows only {@code null}: a oneOf/anyOf member that makes it nullable. */
    static boolean isNullOnly(Schema<?> schema) {
        Set<String> types = types(schema);
        if (!types.isEmpty()) {
            return types.equals(Set.of("null"));
        }
        return schema.getEnum() != null
                && schema.getEnum().size() == 1
                && schema.getEnum().get(0) == null;
    }

    /** The oneOf (else anyOf) members that say what a value is, or null if there are none. */
    private static Union union(Schema<?> schema) {
        String keyword = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
        List<Schema> members = keyword.equals("oneOf") ? schema.getOneOf() : schema.getAnyOf();
        if (members == null || members.isEmpty()) {
            return null;
        }
        List<IndexedMember> shaped = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Schema<?> member = members.get(i);
            // Members that only add validation (oneOf: [{required: [a]}, {required: [b]}]) make no type.
            if (!isNullOnly(member) && isShaped(member)) {
                shaped.add(new IndexedMember(i, member));
            }
        }
        return shaped.isEmpty() ? null : new Union(keyword, List.copyOf(shaped));
    }

    /** The one part of an allOf that says what kind of value it is, or null if there are more or none. */
    private static IndexedMember soleShapedPart(List<Schema> parts) {
        IndexedMember sole = null;
        for (int i = 0; parts != null && i < parts.size(); i++) {
            if (isShaped(parts.get(i))) {
                if (sole != null) {
                    return null;
                }
                sole = new IndexedMember(i, parts.get(i));
            }
        }
        return sole;
    }

    /** Whether a schema says what kind of value it is, rather than only constraining one. */
    static boolean isShaped(Schema<?> schema) {
        return schema.get$ref() != null
                || !types(schema).isEmpty()
                || (schema.getProperties() != null && !schema.getProperties().isEmpty())
                || schema.getItems() != null
                || (schema.getEnum() != null && !schema.getEnum().isEmpty())
                || (schema.getAllOf() != null && !schema.getAllOf().isEmpty())
                || (schema.getOneOf() != null && !schema.getOneOf().isEmpty())
                || (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty())
                || schema.getAdditionalProperties() instanceof Schema<?>;
    }

    /** Whether a schema has properties, parts or elements of its own beside its union. */
    private static boolean hasOwnShape(Schema<?> schema) {
        return (schema.getProperties() != null && !schema.getProperties().isEmpty())
                || schema.getItems() != null
                || schema.getAdditionalProperties() instanceof Schema<?>
                || (schema.getAllOf() != null
                        && !schema.getAllOf().isEmpty()
                        && schema.getOneOf() != null
                        && !schema.getOneOf().isEmpty());
    }

    /**
     * A listed value of an enum.
     *
     * @param title its name where the spec gives one: the {@code title} of a {@code const} member
     */
    record EnumValue(Object value, String title) {}

    /**
     * The non-null values of {@code enum}, or of a oneOf/anyOf whose members are all {@code const}
     * (the 3.1 way to document each value, as Discord's spec does).
     */
    static List<EnumValue> enumValues(Schema<?> schema) {
        List<EnumValue> values = new ArrayList<>();
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            schema.getEnum().stream()
                    .filter(value -> value != null)
                    .forEach(value -> values.add(new EnumValue(value, null)));
            return values;
        }
        List<Schema> members =
                schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? schema.getOneOf() : schema.getAnyOf();
        if (members == null || members.isEmpty()) {
            return values;
        }
        for (Schema<?> member : members) {
            if (isNullOnly(member)) {
                continue;
            }
            if (member.getConst() == null || isShaped(member)) {
                return List.of();
            }
            values.add(new EnumValue(member.getConst(), member.getTitle()));
        }
        return values;
    }

    /**
     * The one member of a oneOf/anyOf (besides null) that a schema with properties of its own
     * merges into its record, or null.
     */
    static IndexedMember soleMember(Schema<?> schema) {
        Union union = union(schema);
        return union != null && union.members().size() == 1 ? union.members().get(0) : null;
    }

    /** STRING for a string enum, the held number kind for a number enum, else null. */
    private static ScalarKind enumKind(Schema<?> schema, Set<String> types) {
        List<Object> values = enumValues(schema).stream().map(EnumValue::value).toList();
        if (values.isEmpty()) {
            return null;
        }
        boolean stringTyped = types.isEmpty() || types.contains("string");
        if (stringTyped && values.stream().allMatch(String.class::isInstance)) {
            return ScalarKind.STRING;
        }
        boolean numberTyped = types.isEmpty() || types.contains("integer") || types.contains("number");
        if (numberTyped && values.stream().allMatch(Number.class::isInstance)) {
            boolean integral = types.contains("integer")
                    || values.stream()
                            .allMatch(value -> new java.math.BigDecimal(value.toString())
                                            .stripTrailingZeros()
                                            .scale()
                                    <= 0);
            boolean fitsLong = values.stream().allMatch(value -> {
                java.math.BigDecimal number = new java.math.BigDecimal(value.toString());
                return number.compareTo(java.math.BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                        && number.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            });
            if (integral && fitsLong) {
                return "int32".equals(schema.getFormat()) ? ScalarKind.INT32 : ScalarKind.INT64;
            }
            return switch (schema.getFormat() == null ? "" : schema.getFormat()) {
                case "float" -> ScalarKind.FLOAT;
                case "double" -> ScalarKind.DOUBLE;
                default -> ScalarKind.DECIMAL;
            };
        }
        return null;
    }
}
