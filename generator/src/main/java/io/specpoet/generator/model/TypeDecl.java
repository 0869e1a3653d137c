package io.specpoet.generator.model;

import java.util.List;

/** A type the generator writes: an object, an enum or a union. */
public sealed interface TypeDecl {

    String javaName();

    String description();

    boolean deprecated();

    /** Where the schema is, as a JSON pointer into the spec. */
    String pointer();

    /**
     * An object schema, written as a record with a builder.
     *
     * @param additionalProperties the value type of properties the schema does not name; they
     *     are kept and written back
     * @param additionalPropertiesName the record component holding them
     * @param unions the unions this object is a variant of
     * @param builderName the nested builder class
     * @param constraints what the schema requires of the object as a whole: {@code
     *     minProperties}, {@code maxProperties}, required names it does not declare
     */
    record ObjectDecl(
            String javaName,
            String description,
            boolean deprecated,
            String pointer,
            List<PropertyModel> properties,
            TypeUse additionalProperties,
            String additionalPropertiesName,
            List<String> unions,
            String builderName,
            Constraints constraints)
            implements TypeDecl {}

    /**
     * A string enum, written as a class that keeps values it does not know.
     *
     * @param unrecognizedName the constant of the nested {@code Value} enum that stands for any
     *     value the spec does not list
     * @param valueEnumName the nested Java enum of the known values, usable in {@code switch}
     */
    record EnumDecl(
            String javaName,
            String description,
            boolean deprecated,
            String pointer,
            List<EnumConstant> constants,
            String unrecognizedName,
            String valueEnumName)
            implements TypeDecl {}

    record EnumConstant(String javaName, String wireValue) {}

    /**
     * A oneOf/anyOf with a discriminator, written as a sealed interface whose variants are
     * records, plus a nested record keeping the raw JSON of variants the spec does not list.
     */
    record UnionDecl(
            String javaName,
            String description,
            boolean deprecated,
            String pointer,
            String discriminatorProperty,
            List<UnionVariant> variants,
            String unknownVariantName,
            String deserializerName)
            implements TypeDecl {}

    record UnionVariant(String discriminatorValue, String javaName) {}
}
