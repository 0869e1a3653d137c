package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * Reads a {@link Nullable}: JSON {@code null} as {@link Nullable#ofNull()}, anything else with the
 * deserializer of the value type {@code T}, wrapped in {@link Nullable#of}. An absent property is
 * left {@code null}, both for builders (the setter is not called) and for creators such as a
 * record's canonical constructor ({@link #getAbsentValue}).
 *
 * <p>{@link Nullable} names this class, so no module is needed. Jackson makes one per property
 * through {@link #createContextual}, which finds {@code T} from the declared type ({@code
 * Nullable<List<String>>} reads a {@code List<String>}; a raw {@code Nullable} reads as {@code
 * Object}). A {@code @JsonDeserialize(contentUsing = ...)} on the property (for generated records,
 * on the builder method) chooses the deserializer of the value, as it does for a {@code List}:
 *
 * <pre>{@code
 * @JsonProperty("at")
 * @JsonDeserialize(contentUsing = Rfc3339DateTimeDeserializer.class)
 * public Builder at(Nullable<OffsetDateTime> at) { ... }
 * }</pre>
 *
 * <p>When {@code T} is a collection, map or array, {@code contentUsing} reads its elements
 * instead, as it would for a property of type {@code T}.
 */
public final class NullableDeserializer extends StdDeserializer<Nullable<?>> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<Object> valueDeserializer;
    private final TypeDeserializer valueTypeDeserializer;

    /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
    public NullableDeserializer() {
        this(null, null);
    }

    private NullableDeserializer(JsonDeserializer<Object> valueDeserializer, TypeDeserializer valueTypeDeserializer) {
        super(Nullable.class);
        this.valueDeserializer = valueDeserializer;
        this.valueTypeDeserializer = valueTypeDeserializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(
            DeserializationContext ctxt, @org.jspecify.annotations.Nullable BeanProperty property)
            throws JsonMappingException {
        // The contextual type is right even when this reads the elements of a List<Nullable<T>>
        // property, where property.getType() is the list's type.
        JavaType type = ctxt.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        JavaType valueType = type != null && type.hasRawClass(Nullable.class) ? type.containedType(0) : null;
        if (valueType == null) {
            valueType = ctxt.constructType(Object.class);
        }

        JsonDeserializer<?> deserializer = null;
        // contentUsing belongs to this Nullable only when it is the property's own type.
        if (property != null && type != null && type.equals(property.getType())) {
            deserializer = annotatedContentDeserializer(ctxt, property.getMember());
            if (deserializer != null && valueType.isContainerType()) {
                // Nullable<List<OffsetDateTime>>: contentUsing is for the elements, as on a plain List.
                valueType = valueType.withContentValueHandler(deserializer);
                deserializer = null;
            }
        }
        deserializer = deserializer == null
                ? ctxt.findContextualValueDeserializer(valueType, property)
                : ctxt.handlePrimaryContextualization(deserializer, property, valueType);
        // T may be polymorphic (@JsonTypeInfo); Jackson only looks for that on the declared type.
        TypeDeserializer typeDeserializer = ctxt.getFactory().findTypeDeserializer(ctxt.getConfig(), valueType);
        return new NullableDeserializer((JsonDeserializer<Object>) deserializer, typeDeserializer);
    }

    private static JsonDeserializer<?> annotatedContentDeserializer(DeserializationContext ctxt, AnnotatedMember member)
            throws JsonMappingException {
        AnnotationIntrospector introspector = ctxt.getAnnotationIntrospector();
        if (member == null || introspector == null) {
            return null;
        }
        Object definition = introspector.findContentDeserializer(member);
        return definition == null ? null : ctxt.deserializerInstance(member, definition);
    }

    @Override
    public Nullable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (valueDeserializer == null) {
            // Not contextualised (Jackson always does, but a caller might not): read as untyped.
            return ((NullableDeserializer) createContextual(ctxt, null)).deserialize(p, ctxt);
        }
        // Jackson normally calls getNullValue for JSON null; this also keeps a JsonNode T from
        // turning null into Nullable.of(NullNode) when it does not.
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return Nullable.ofNull();
        }
        Object value = valueTypeDeserializer == null
                ? valueDeserializer.deserialize(p, ctxt)
                : valueDeserializer.deserializeWithType(p, ctxt, valueTypeDeserializer);
        // A value deserializer may coerce some input (say "" with ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        // to null: that is a null, not a value.
        return Nullable.ofNullable(value);
    }

    /** An explicit JSON {@code null}: {@link Nullable#ofNull()}. */
    @Override
    public Nullable<?> getNullValue(DeserializationContext ctxt) {
        return Nullable.ofNull();
    }

    /**
     * An absent creator property: {@code null}. Jackson's default is {@link #getNullValue}, which
     * would make an absent property of a record read through its constructor an explicit null.
     */
    @Override
    public @org.jspecify.annotations.Nullable Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
