package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
            Lookahead lookahead = copyObject(p, object);
            if (!lookahead.namesRepeat()) {
                UnionVariant<? extends T> named = variantNamedBy(lookahead.discriminator());
                T value = named == null ? null : bind(object, named, ctxt);
                return value != null ? value : unknownVariant.apply(readTree(object, ctxt));
            }
            // A repeated name: a tree keeps its last value only, and the variant must see the same.
            node = readTree(object, ctxt);
        } else {
            node = ctxt.readTree(p);
        }
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

    /** What copying an object finds before a variant is chosen. */
    private record Lookahead(String discriminator, boolean namesRepeat) {}

    /**
     * Copies the object the parser is on into the buffer, in the same pass finding the
     * discriminator's string value (null if absent or not a string) and whether a property name
     * occurs twice (nested objects aside).
     */
    private Lookahead copyObject(JsonParser p, TokenBuffer object) throws IOException {
        String discriminator = null;
        boolean namesRepeat = false;
        // Objects are small: a list finds a repeat faster than hashing, until it grows.
        List<String> names = new ArrayList<>();
        Set<String> manyNames = null;
        object.writeStartObject();
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            if (!namesRepeat) {
                if (manyNames != null) {
                    namesRepeat = !manyNames.add(name);
                } else {
                    namesRepeat = names.contains(name);
                    names.add(name);
                    if (names.size() > 16) {
                        manyNames = new HashSet<>(names);
                    }
                }
            }
            object.writeFieldName(name);
            if (p.nextToken() == JsonToken.VALUE_STRING && name.equals(discriminatorProperty)) {
                discriminator = p.getText();
            }
            object.copyCurrentStructure(p);
        }
        object.writeEndObject();
        return new Lookahead(discriminator, namesRepeat);
    }
}
