package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads a {@code oneOf}/{@code anyOf} into one of its variants, as JSON Schema defines the union,
 * and anything that is none of them into an "unknown variant" that keeps the raw JSON. It never
 * throws for a value that fits no variant: the unknown variant carries a Bean Validation
 * constraint, so response validation reports it instead.
 *
 * <p>specpoet generates a union as a sealed interface whose variants are records (object members)
 * or small wrapper records (scalar, array and map members), plus an unknown-variant record, and a
 * subclass of this class that hands over the union's deduction plan:
 *
 * <pre>{@code
 * @JsonDeserialize(using = CustomerOrId.Deserializer.class)
 * public sealed interface CustomerOrId permits Customer, CustomerOrId.StringValue, CustomerOrId.Unknown {
 *   @JsonDeserialize(using = JsonDeserializer.None.class)
 *   record StringValue(@JsonValue String value) implements CustomerOrId {
 *     @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public StringValue {}
 *   }
 *   record Unknown(@JsonValue JsonNode raw) implements CustomerOrId {}
 *   final class Deserializer extends UnionDeserializer<CustomerOrId> {
 *     public Deserializer() {
 *       super(CustomerOrId.class, Match.ANY_OF, null, List.of(
 *           UnionVariant.of(StringValue.class, JsonKind.STRING),
 *           UnionVariant.of(Customer.class, JsonKind.OBJECT).required("id", "object")
 *               .constant("object", "customer")),
 *           Unknown::new);
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Every variant class needs {@code @JsonDeserialize(using = JsonDeserializer.None.class)}:
 * Jackson merges class annotations from interfaces, so a variant would otherwise inherit the
 * union's deserializer and recurse forever (this class reports that mistake as an {@link
 * com.fasterxml.jackson.databind.exc.InvalidDefinitionException}).
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>With a discriminator, a JSON object whose discriminator property is a string some variant
 *       lists is that variant. Any other object is the {@linkplain UnionVariant#fallback() fallback
 *       variant} if there is one (the parent schema of an {@code allOf} hierarchy), else unknown;
 *       so is an object that does not bind to the variant it names. Other JSON values go on to 2.
 *   <li>The candidates are the variants whose plan the value fits ({@link UnionVariant#fits}):
 *       kind of JSON value, required properties, single-valued properties, allowed values, and
 *       closed property sets. A candidate must also bind to its class.
 *   <li>If one candidate binds, it is the variant; no constraint is checked (response validation
 *       reports any it breaks, as for any value).
 *   <li>If several bind, each is validated with Bean Validation, nested values included: a
 *       candidate fits if it breaks none of the member's constraints ({@code pattern}, bounds,
 *       lengths, nested required properties, a nested union's unknown variant, …). {@link
 *       Match#ONE_OF}: exactly one may fit, else the value is unknown. {@link Match#ANY_OF}: the
 *       first that fits, in the spec's order; an anyOf candidate is validated only when a later
 *       one could be taken instead. Without a Bean Validation provider on the class path every
 *       bound candidate fits: an anyOf takes the first, a oneOf with several is unknown. The
 *       choice is part of reading, so it does not depend on the client's validation mode.
 * </ol>
 *
 * <p>Writing needs nothing: Jackson writes the variant's own class, wrappers and the unknown
 * variant through {@code @JsonValue}, so the JSON read is the JSON written.
 *
 * @param <T> the union type, normally a sealed interface
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** How many variants a value may match. */
    public enum Match {
        /** {@code oneOf}: exactly one. */
        ONE_OF,
        /** {@code anyOf}: at least one; the first in the spec's order is taken. */
        ANY_OF
    }

    private final Class<T> unionType;
    /** Each variant's deserializer, looked up on first use: looking it up costs more than binding. */
    private final transient Map<Class<?>, JsonDeserializer<Object>> variantDeserializers = new ConcurrentHashMap<>();

    private final Match match;
    private final String discriminatorProperty;
    private final transient List<UnionVariant<? extends T>> variants;
    private final transient Map<String, UnionVariant<? extends T>> byDiscriminatorValue;
    private final transient UnionVariant<? extends T> fallback;
    private final transient Function<JsonNode, ? extends T> unknownVariant;
    /** Null until a value needs it: most unions never validate, and starting a provider is slow. */
    private transient VariantValidation validation;

    /**
     * Configures the union.
     *
     * @param unionType the union type
     * @param match whether this is a {@code oneOf} or an {@code anyOf}
     * @param discriminatorProperty the JSON property naming the variant, or {@code null}
     * @param variants the variants in the spec's order; copied
     * @param unknownVariant makes the unknown variant from the JSON value
     */
    protected UnionDeserializer(
            Class<T> unionType,
            Match match,
            String discriminatorProperty,
            List<UnionVariant<? extends T>> variants,
            Function<JsonNode, ? extends T> unknownVariant) {
        super(Objects.requireNonNull(unionType, "unionType"));
        this.unionType = unionType;
        this.match = Objects.requireNonNull(match, "match");
        this.discriminatorProperty = discriminatorProperty;
        this.variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        this.unknownVariant = Objects.requireNonNull(unknownVariant, "unknownVariant");
        Map<String, UnionVariant<? extends T>> byValue = new HashMap<>();
        UnionVariant<? extends T> fallbackVariant = null;
        for (UnionVariant<? extends T> variant : this.variants) {
            for (String value : variant.discriminatorValues()) {
                byValue.putIfAbsent(value, variant);
            }
            if (variant.isFallback()) {
                if (fallbackVariant != null) {
                    throw new IllegalArgumentException("a union has at most one fallback variant, not "
                            + fallbackVariant.type().getName() + " and "
                            + variant.type().getName());
                }
                fallbackVariant = variant;
            }
        }
        this.byDiscriminatorValue = byValue;
        this.fallback = fallbackVariant;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node;
        if (discriminatorProperty != null && p.hasToken(JsonToken.START_OBJECT)) {
            // Tokens, not a tree: the named variant binds from them as from the source.
            TokenBuffer object = ctxt.bufferForInputBuffering(p);
            ObjectScan scan = new ObjectScan();
            object.writeStartObject();
            boolean ended = copyProperties(p, object, scan, true);
            if (!ended && !scan.namesRepeat()) {
                UnionVariant<? extends T> named = variantNamedBy(scan.discriminator);
                if (named != null) {
                    return bindStreaming(object, p, scan, named, ctxt);
                }
            }
            if (!ended) {
                copyProperties(p, object, scan, false);
            }
            if (!scan.namesRepeat()) {
                UnionVariant<? extends T> named = variantNamedBy(scan.discriminator);
                T value = named == null ? null : bind(object, named, ctxt);
                return value != null ? value : unknownVariant.apply(readTree(object, ctxt));
            }
            // A repeated name: a tree keeps its last value only, and the variant must see the same.
            node = readTree(object, ctxt);
        } else {
            node = ctxt.readTree(p);
        }
        return fromTree(node, ctxt);
    }

    /**
     * Binds the variant the discriminator names from the tokens copied so far followed by the rest
     * of the object read from the source, so the rest is parsed once. The rest is recorded as it
     * goes by: an object that does not bind is unknown, and the unknown variant holds all of it. A
     * name that repeats one already read stops the binding, and the whole object is read as a tree
     * instead, as when the repeat comes before the discriminator.
     */
    private T bindStreaming(
            TokenBuffer object,
            JsonParser source,
            ObjectScan scan,
            UnionVariant<? extends T> named,
            DeserializationContext ctxt)
            throws IOException {
        JsonDeserializer<Object> variantDeserializer = variantDeserializer(named, ctxt);
        RestOfObject tokens = new RestOfObject(object, source, scan);
        T value;
        try {
            value = named.type().cast(variantDeserializer.deserialize(tokens, ctxt));
        } catch (com.fasterxml.jackson.databind.exc.InvalidDefinitionException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            value = null;
        }
        tokens.finish();
        if (scan.namesRepeat()) {
            return fromTree(readTree(object, ctxt), ctxt);
        }
        return value != null ? value : unknownVariant.apply(readTree(object, ctxt));
    }

    /** Rules 1 to 4 on a value read as a tree. */
    private T fromTree(JsonNode node, DeserializationContext ctxt) throws IOException {
        if (discriminatorProperty != null && node.isObject()) {
            JsonNode discriminator = node.get(discriminatorProperty);
            UnionVariant<? extends T> named = variantNamedBy(
                    discriminator != null && discriminator.isTextual() ? discriminator.textValue() : null);
            T value = named == null ? null : bind(node, named, ctxt);
            return value != null ? value : unknownVariant.apply(node);
        }
        List<UnionVariant<? extends T>> candidates = new ArrayList<>(1);
        for (UnionVariant<? extends T> variant : variants) {
            if (variant.fits(node)) {
                candidates.add(variant);
            }
        }
        if (candidates.size() == 1) {
            T value = bind(node, candidates.get(0), ctxt);
            return value != null ? value : unknownVariant.apply(node);
        }
        T value =
                match == Match.ANY_OF ? firstThatFits(node, candidates, ctxt) : onlyOneThatFits(node, candidates, ctxt);
        return value != null ? value : unknownVariant.apply(node);
    }

    /**
     * anyOf: the first candidate that binds and validates. A candidate that binds is validated only
     * if a later one might fit instead; if exactly one binds, it is taken even with violations
     * (response validation reports them); if several bind and none validates, null.
     */
    private T firstThatFits(JsonNode node, List<UnionVariant<? extends T>> candidates, DeserializationContext ctxt)
            throws IOException {
        T firstBound = null;
        int bound = 0;
        for (int i = 0; i < candidates.size(); i++) {
            T value = bind(node, candidates.get(i), ctxt);
            if (value == null) {
                continue;
            }
            boolean last = i == candidates.size() - 1;
            if ((last && bound == 0) || validation().fits(value)) {
                return value;
            }
            if (bound++ == 0) {
                firstBound = value;
            }
        }
        return bound == 1 ? firstBound : null;
    }

    /**
     * oneOf: the one candidate that binds, or, if several bind, the one of them that validates;
     * null if none or several fit.
     */
    private T onlyOneThatFits(JsonNode node, List<UnionVariant<? extends T>> candidates, DeserializationContext ctxt)
            throws IOException {
        List<T> bound = new ArrayList<>(candidates.size());
        for (UnionVariant<? extends T> candidate : candidates) {
            T value = bind(node, candidate, ctxt);
            if (value != null) {
                bound.add(value);
            }
        }
        if (bound.size() == 1) {
            return bound.get(0);
        }
        T fitting = null;
        for (T value : bound) {
            if (validation().fits(value)) {
                if (fitting != null) {
                    return null;
                }
                fitting = value;
            }
        }
        return fitting;
    }

    /** Decides between candidates with this validation instead of the class path's provider. */
    UnionDeserializer<T> validatingWith(VariantValidation validation) {
        this.validation = Objects.requireNonNull(validation, "validation");
        return this;
    }

    private VariantValidation validation() {
        return validation != null ? validation : VariantValidation.shared();
    }

    /**
     * The variant a discriminator value names; else the fallback (a parent's own shape), if any.
     *
     * @param discriminatorValue the discriminator's string value, or null if absent or not a string
     */
    private UnionVariant<? extends T> variantNamedBy(String discriminatorValue) {
        UnionVariant<? extends T> named =
                discriminatorValue == null ? null : byDiscriminatorValue.get(discriminatorValue);
        return named != null ? named : fallback;
    }

    /** The value bound to the variant's class, or null if it does not bind. */
    private T bind(JsonNode node, UnionVariant<? extends T> variant, DeserializationContext ctxt) throws IOException {
        JsonDeserializer<Object> variantDeserializer = variantDeserializer(variant, ctxt);
        try (JsonParser tokens =
                node.traverse(ctxt.getParser() == null ? null : ctxt.getParser().getCodec())) {
            tokens.nextToken();
            return variant.type().cast(variantDeserializer.deserialize(tokens, ctxt));
        } catch (com.fasterxml.jackson.databind.exc.InvalidDefinitionException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The deserializer Jackson would read the variant's class with; the same on every call. */
    private JsonDeserializer<Object> variantDeserializer(UnionVariant<? extends T> variant, DeserializationContext ctxt)
            throws IOException {
        JsonDeserializer<Object> cached = variantDeserializers.get(variant.type());
        if (cached != null) {
            return cached;
        }
        JavaType variantType = ctxt.constructType(variant.type());
        JsonDeserializer<Object> variantDeserializer = ctxt.findRootValueDeserializer(variantType);
        if (variantDeserializer.getClass() == getClass()) {
            return ctxt.reportBadDefinition(
                    variantType,
                    String.format(
                            "Variant %s of union %s inherits the union's @JsonDeserialize(using = %s.class)"
                                    + " and would recurse forever; annotate the variant with"
                                    + " @JsonDeserialize(using = JsonDeserializer.None.class)",
                            variant.type().getName(),
                            unionType.getName(),
                            getClass().getName()));
        }
        variantDeserializers.put(variant.type(), variantDeserializer);
        return variantDeserializer;
    }

    /** The value bound from buffered tokens to the variant's class, or null if it does not bind. */
    private T bind(TokenBuffer value, UnionVariant<? extends T> variant, DeserializationContext ctxt)
            throws IOException {
        JsonDeserializer<Object> variantDeserializer = variantDeserializer(variant, ctxt);
        try (JsonParser tokens = value.asParserOnFirstToken()) {
            return variant.type().cast(variantDeserializer.deserialize(tokens, ctxt));
        } catch (com.fasterxml.jackson.databind.exc.InvalidDefinitionException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode readTree(TokenBuffer value, DeserializationContext ctxt) throws IOException {
        try (JsonParser tokens = value.asParserOnFirstToken()) {
            return ctxt.readTree(tokens);
        }
    }

    /**
     * Copies the properties of the object the parser is in into the buffer, noting each name and
     * the discriminator's string value (the last one, if it repeats), until the object ends (true)
     * or, if {@code stopAtDiscriminator}, until just after the discriminator's first string value
     * (false; the parser is on that value).
     */
    private boolean copyProperties(JsonParser p, TokenBuffer object, ObjectScan scan, boolean stopAtDiscriminator)
            throws IOException {
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            scan.add(name);
            object.writeFieldName(name);
            if (p.nextToken() == JsonToken.VALUE_STRING && name.equals(discriminatorProperty)) {
                scan.discriminator = p.getText();
                object.writeString(scan.discriminator);
                if (stopAtDiscriminator) {
                    return false;
                }
            } else {
                object.copyCurrentStructure(p);
            }
        }
        object.writeEndObject();
        return true;
    }

    /** What reading an object finds out about its own properties (nested objects aside). */
    private static final class ObjectScan {
        /** The discriminator's string value, or null if absent or not a string. */
        String discriminator;

        // Objects are small: a list finds a repeat faster than hashing, until it grows.
        private final List<String> names = new ArrayList<>();
        private Set<String> manyNames;
        private boolean namesRepeat;

        /** Notes a property name; true if it repeats an earlier one. */
        boolean add(String name) {
            if (namesRepeat) {
                return true;
            }
            if (manyNames != null) {
                namesRepeat = !manyNames.add(name);
            } else {
                namesRepeat = names.contains(name);
                names.add(name);
                if (names.size() > 16) {
                    manyNames = new HashSet<>(names);
                }
            }
            return namesRepeat;
        }

        boolean namesRepeat() {
            return namesRepeat;
        }
    }

    /**
     * The tokens of a union's object for its variant's deserializer: first those copied while
     * looking for the discriminator, then the rest of the object from the source, each recorded
     * into the same buffer as it is read. It ends with the object, stops at a property name that
     * repeats (the variant must then see a tree's last value instead), and keeps a failure of the
     * source itself so that it is thrown, not taken for a value that does not bind.
     */
    private static final class RestOfObject extends JsonParserDelegate {
        private final TokenBuffer object;
        private final JsonParser source;
        private final ObjectScan scan;
        private boolean onSource;
        /** Open objects and arrays on the source, this object included; 0 once it has ended. */
        private int depth = 1;

        private IOException sourceFailure;

        RestOfObject(TokenBuffer copied, JsonParser source, ObjectScan scan) throws IOException {
            super(copied.asParserOnFirstToken());
            this.object = copied;
            this.source = source;
            this.scan = scan;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            if (!onSource) {
                JsonToken copied = delegate.nextToken();
                if (copied != null) {
                    return copied;
                }
                // Past the discriminator's value, where the source is: the copy is not read again.
                onSource = true;
                delegate = source;
            }
            if (depth == 0) {
                return null;
            }
            if (scan.namesRepeat()) {
                throw new JsonParseException(source, "a property name repeats; the union reads the object as a tree");
            }
            JsonToken token;
            try {
                token = readAndRecord();
            } catch (IOException e) {
                sourceFailure = e;
                throw e;
            }
            if (token == JsonToken.FIELD_NAME && depth == 1 && scan.add(source.currentName())) {
                throw new JsonParseException(source, "a property name repeats; the union reads the object as a tree");
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken token = currentToken();
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                return this;
            }
            for (int open = 1; open > 0; ) {
                token = nextToken();
                if (token == null) {
                    return this;
                }
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }

        /** The source belongs to the caller; the copy needs no closing. */
        @Override
        public void close() {}

        /**
         * Reads and records what the variant's deserializer left of the object, noting repeated
         * names, and throws the source's own failure if reading it failed.
         */
        void finish() throws IOException {
            if (sourceFailure != null) {
                throw sourceFailure;
            }
            while (depth > 0) {
                if (readAndRecord() == JsonToken.FIELD_NAME && depth == 1) {
                    scan.add(source.currentName());
                }
            }
        }

        private JsonToken readAndRecord() throws IOException {
            JsonToken token = source.nextToken();
            if (token == null) {
                throw new JsonEOFException(source, null, "end of input inside a union's object");
            }
            switch (token) {
                case FIELD_NAME -> object.writeFieldName(source.currentName());
                // getText() keeps the string, so the variant's deserializer gets it without a copy.
                case VALUE_STRING -> object.writeString(source.getText());
                case START_OBJECT, START_ARRAY -> {
                    depth++;
                    object.copyCurrentEvent(source);
                }
                case END_OBJECT, END_ARRAY -> {
                    depth--;
                    object.copyCurrentEvent(source);
                }
                default -> object.copyCurrentEvent(source);
            }
            return token;
        }
    }
}
