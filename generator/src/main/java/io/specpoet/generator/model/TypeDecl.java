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
     * An enum of strings or numbers, written as a class that keeps values it does not know.
     *
     * @param wireKind the JSON type of the values: {@code STRING}, or the scalar kind numbers are
     *     held as
     * @param unrecognizedName the constant of the nested {@code Value} enum that stands for any
     *     value the spec does not list
     * @param valueEnumName the nested Java enum of the known values, usable in {@code switch}
     */
    record EnumDecl(
            String javaName,
            String description,
            boolean deprecated,
            String pointer,
            ScalarKind wireKind,
            List<EnumConstant> constants,
            String unrecognizedName,
            String valueEnumName)
            implements TypeDecl {}

    /** @param wireValue the value as JSON text writes it (numbers in plain decimal notation) */
    record EnumConstant(String javaName, String wireValue) {}

    /**
     * A oneOf/anyOf, written as a sealed interface: object members are records that implement it,
     * other members are wrapper records nested in it, and a nested record keeps the raw JSON of a
     * value that is none of them.
     *
     * @param match how many members a value may fit
     * @param discriminatorProperty the property naming the variant, or null
     * @param variants one per distinct member, in the spec's order
     * @param visitorName the nested visitor interface, one method per variant
     * @param superUnions the unions this one is a variant of: an intermediate parent schema of an
     *     allOf hierarchy is a union within its parent's union
     * @param subtypes for a parent schema whose discriminator picks among the schemas that allOf
     *     it, what its union adds; null for a oneOf/anyOf
     */
    record UnionDecl(
            String javaName,
            String description,
            boolean deprecated,
            String pointer,
            Match match,
            String discriminatorProperty,
            List<UnionVariant> variants,
            String unknownVariantName,
            String deserializerName,
            String visitorName,
            List<String> superUnions,
            Subtypes subtypes)
            implements TypeDecl {

        /** The variants the deserializer binds: every record, through intermediate parents. */
        public List<UnionVariant> readVariants() {
            return subtypes == null ? variants : subtypes.readVariants();
        }
    }

    /**
     * The union of a parent schema with a discriminator, whose subtypes are the schemas that allOf
     * it (directly, or through intermediate parents) and the schemas its mapping names.
     *
     * @param baseRecord the record of the parent's own shape: read when the discriminator is
     *     missing or names no subtype, which JSON Schema still allows
     * @param baseBuilderName that record's nested builder, which the union's {@code builder()}
     *     returns
     * @param baseDiscriminatorSetter the builder's method for the discriminator property, which
     *     the union's {@code builder()} sets to the value naming the parent; null unless the parent
     *     declares it as a plain string without constraints. The base record's own builder leaves
     *     it unset: unlike a subtype, the base record holds whatever value names no subtype, and
     *     Jackson reads through the same builder, so a preset value would be added to JSON that
     *     lacks one.
     * @param baseDiscriminatorValue the value naming the parent
     * @param readVariants every record a value may be read as, each with the discriminator values
     *     naming it; the base record is the fallback. Only their names and plans are used: the
     *     union's methods are for its direct variants, so these have no factory or visit name.
     */
    record Subtypes(
            String baseRecord,
            String baseBuilderName,
            String baseDiscriminatorSetter,
            String baseDiscriminatorValue,
            List<UnionVariant> readVariants) {}

    enum Match {
        /** oneOf: exactly one member may fit. */
        ONE_OF,
        /** anyOf: the first member that fits, in the spec's order. */
        ANY_OF
    }

    /**
     * One variant of a union.
     *
     * @param javaName the record of an object member (a model type), or the wrapper's simple name
     *     nested in the union
     * @param wrapped the type a wrapper holds, or null when the variant is the record itself
     * @param factoryName the union's static method that makes this variant
     * @param visitName the visitor's method for this variant
     * @param plan what a JSON value must look like to be this variant
     */
    record UnionVariant(String javaName, TypeUse wrapped, String factoryName, String visitName, VariantPlan plan) {

        public boolean isWrapper() {
            return wrapped != null;
        }
    }

    /**
     * The deduction plan of one variant, which the runtime runs to pick the variant of a value.
     *
     * @param kinds the kinds of JSON value the member allows
     * @param discriminatorValues the discriminator values that name it
     * @param required properties an object must have
     * @param constants properties whose schema allows one value, with that value (String, Boolean
     *     or BigDecimal)
     * @param allowedValues the only values allowed (a closed enum), or null
     * @param closedProperties the only properties allowed ({@code additionalProperties: false}),
     *     or null
     */
    record VariantPlan(
            java.util.Set<JsonKind> kinds,
            List<String> discriminatorValues,
            List<String> required,
            java.util.Map<String, Object> constants,
            List<Object> allowedValues,
            List<String> closedProperties) {}

    /** The kinds of JSON value, as JSON Schema's {@code type} names them. */
    enum JsonKind {
        OBJECT,
        ARRAY,
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN
    }
}
