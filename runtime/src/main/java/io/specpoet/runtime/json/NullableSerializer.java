package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.impl.PropertySerializerMap;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a {@link Nullable}: {@link Nullable#ofNull()} as JSON {@code null}, a value with the
 * serializer of its type. A {@code null} {@code Nullable} (an absent property) is left to the
 * record's {@code @JsonInclude(JsonInclude.Include.NON_NULL)}, which omits it.
 *
 * <p>{@link Nullable} names this class, so no module is needed. Jackson makes one per property
 * through {@link #createContextual}. A {@code @JsonSerialize(contentUsing = ...)} on the property
 * (for generated records, on the record component) chooses the serializer of the value, as it
 * does for a {@code List}:
 *
 * <pre>{@code
 * @JsonProperty("at")
 * @JsonSerialize(contentUsing = Rfc3339DateTimeSerializer.class)
 * Nullable<OffsetDateTime> at
 * }</pre>
 *
 * <p>When {@code T} is a collection, map or array, {@code contentUsing} writes its elements
 * instead, as it would for a property of type {@code T}.
 *
 * <p>Otherwise a final value type ({@code String}, {@code Long}, a record...) uses the serializer
 * of the declared type, found once; other types use the serializer of the value's class, keeping
 * the declared type's generic parameters ({@code Nullable<List<String>>} holding an {@code
 * ArrayList} is written as an {@code ArrayList<String>}).
 */
public final class NullableSerializer extends StdSerializer<Nullable<?>> implements ContextualSerializer {

    private static final long serialVersionUID = 1L;

    private final BeanProperty property;
    private final JavaType valueType;
    private final JsonSerializer<Object> valueSerializer;
    private final TypeSerializer valueTypeSerializer;

    /** Serializers by the value's class, when {@link #valueSerializer} is not fixed. */
    private transient PropertySerializerMap dynamicSerializers = PropertySerializerMap.emptyForProperties();

    /** Creates the serializer; Jackson calls this for {@code @JsonSerialize(using = ...)}. */
    public NullableSerializer() {
        this(null, null, null, null);
    }

    private NullableSerializer(
            BeanProperty property,
            JavaType valueType,
            JsonSerializer<Object> valueSerializer,
            TypeSerializer valueTypeSerializer) {
        super(Nullable.class, false);
        this.property = property;
        this.valueType = valueType;
        this.valueSerializer = valueSerializer;
        this.valueTypeSerializer = valueTypeSerializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(
            SerializerProvider provider, @org.jspecify.annotations.Nullable BeanProperty property)
            throws JsonMappingException {
        JavaType type = null;
        JsonSerializer<?> serializer = null;
        // The property's type and contentUsing describe this Nullable only when it is the property's
        // own type, not an element of a List<Nullable<T>> property.
        if (property != null && property.getType().hasRawClass(Nullable.class)) {
            type = property.getType().containedType(0);
            // For Nullable<List<OffsetDateTime>>, contentUsing is for the elements: the collection's
            // serializer finds it on the same property.
            if (type == null || !type.isContainerType()) {
                serializer = findAnnotatedContentSerializer(provider, property);
            }
        }
        if (type != null && type.isJavaLangObject()) {
            type = null;
        }
        TypeSerializer typeSerializer = type == null ? null : provider.findTypeSerializer(type);
        if (serializer != null) {
            serializer = provider.handlePrimaryContextualization(serializer, property);
        } else if (type != null && (type.isFinal() || provider.isEnabled(MapperFeature.USE_STATIC_TYPING))) {
            serializer = provider.findPrimaryPropertySerializer(type, property);
        }
        return new NullableSerializer(property, type, (JsonSerializer<Object>) serializer, typeSerializer);
    }

    @Override
    public void serialize(Nullable<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value.isNull()) {
            gen.writeNull();
            return;
        }
        Object content = value.get();
        JsonSerializer<Object> serializer = serializerFor(content.getClass(), provider);
        if (valueTypeSerializer == null) {
            serializer.serialize(content, gen, provider);
        } else {
            serializer.serializeWithType(content, gen, provider, valueTypeSerializer);
        }
    }

    private JsonSerializer<Object> serializerFor(Class<?> valueClass, SerializerProvider provider)
            throws JsonMappingException {
        if (valueSerializer != null) {
            return valueSerializer;
        }
        PropertySerializerMap map = dynamicSerializers;
        if (map == null) {
            map = PropertySerializerMap.emptyForProperties(); // after Java deserialization
        }
        JsonSerializer<Object> serializer = map.serializerFor(valueClass);
        if (serializer == null) {
            JavaType type = valueType != null && valueType.hasGenericTypes()
                    ? provider.constructSpecializedType(valueType, valueClass)
                    : provider.constructType(valueClass);
            PropertySerializerMap.SerializerAndMapResult result =
                    map.findAndAddPrimarySerializer(type, provider, property);
            dynamicSerializers = result.map;
            serializer = result.serializer;
        }
        return serializer;
    }
}
