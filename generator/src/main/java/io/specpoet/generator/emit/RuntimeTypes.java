package io.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The names of the classes generated code refers to, from the runtime and its dependencies. */
final class RuntimeTypes {

    private RuntimeTypes() {}

    static final String RUNTIME = "io.specpoet.runtime";

    static final ClassName ADDITIONAL_PROPERTIES = ClassName.get(RUNTIME + ".json", "AdditionalProperties");
    static final ClassName UNION_DESERIALIZER = ClassName.get(RUNTIME + ".json", "UnionDeserializer");
    static final ClassName UNION_MATCH = UNION_DESERIALIZER.nestedClass("Match");
    static final ClassName UNION_VARIANT = ClassName.get(RUNTIME + ".json", "UnionVariant");
    static final ClassName UNION_WRAPPER = ClassName.get(RUNTIME + ".json", "UnionWrapper");
    static final ClassName JSON_KIND = ClassName.get(RUNTIME + ".json", "JsonKind");
    static final ClassName UNKNOWN_VARIANT = ClassName.get(RUNTIME + ".validation", "UnknownVariant");
    static final ClassName DATE_TIME_SERIALIZER = ClassName.get(RUNTIME + ".json", "Rfc3339DateTimeSerializer");
    static final ClassName DATE_TIME_DESERIALIZER = ClassName.get(RUNTIME + ".json", "Rfc3339DateTimeDeserializer");
    static final ClassName INSTANT_SERIALIZER = ClassName.get(RUNTIME + ".json", "Rfc3339InstantSerializer");
    static final ClassName INSTANT_DESERIALIZER = ClassName.get(RUNTIME + ".json", "Rfc3339InstantDeserializer");
    static final ClassName DATE_SERIALIZER = ClassName.get(RUNTIME + ".json", "Rfc3339DateSerializer");
    static final ClassName DATE_DESERIALIZER = ClassName.get(RUNTIME + ".json", "Rfc3339DateDeserializer");
    static final ClassName API_CLIENT = ClassName.get(RUNTIME, "ApiClient");
    static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
    static final ClassName QUERY_STYLE = API_REQUEST.nestedClass("QueryStyle");
    static final ClassName API_RESPONSE = ClassName.get(RUNTIME, "ApiResponse");
    static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    static final ClassName NULLABLE = ClassName.get(RUNTIME + ".json", "Nullable");
    static final ClassName UNWRAPPING = ClassName.get("jakarta.validation.valueextraction", "Unwrapping");
    static final ClassName CODE_POINT_LENGTH = ClassName.get(RUNTIME + ".validation", "CodePointLength");
    static final ClassName MULTIPLE_OF = ClassName.get(RUNTIME + ".validation", "MultipleOf");
    static final ClassName UNIQUE_ITEMS = ClassName.get(RUNTIME + ".validation", "UniqueItems");
    static final ClassName PROPERTY_COUNT = ClassName.get(RUNTIME + ".validation", "PropertyCount");
    static final ClassName REQUIRED_PROPERTIES = ClassName.get(RUNTIME + ".validation", "RequiredProperties");
    static final ClassName ALLOWED_VALUES = ClassName.get(RUNTIME + ".validation", "AllowedValues");
    static final ClassName KNOWN_VALUE = ClassName.get(RUNTIME + ".validation", "KnownValue");
    static final ClassName OPEN_ENUM = ClassName.get(RUNTIME + ".validation", "OpenEnum");

    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName JSON_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_IGNORE = ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore");
    static final ClassName JSON_POJO_BUILDER =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");

    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    static final AnnotationSpec MAY_BE_NULL = AnnotationSpec.builder(
                    ClassName.get("org.jspecify.annotations", "Nullable"))
            .build();

    static final ClassName NOT_NULL = ClassName.get("jakarta.validation.constraints", "NotNull");
    static final ClassName PATTERN = ClassName.get("jakarta.validation.constraints", "Pattern");
    static final ClassName SIZE = ClassName.get("jakarta.validation.constraints", "Size");
    static final ClassName MIN = ClassName.get("jakarta.validation.constraints", "Min");
    static final ClassName MAX = ClassName.get("jakarta.validation.constraints", "Max");
    static final ClassName DECIMAL_MIN = ClassName.get("jakarta.validation.constraints", "DecimalMin");
    static final ClassName DECIMAL_MAX = ClassName.get("jakarta.validation.constraints", "DecimalMax");
    static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");

    /** Names the generator, never a date, so output is the same on every run. */
    static final AnnotationSpec GENERATED = AnnotationSpec.builder(
                    ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "io.specpoet:specpoet-generator")
            .build();
}
