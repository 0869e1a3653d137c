package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a {@code oneOf}/{@code anyOf} with a {@code discriminator} into one of its variants, and
 * anything it does not recognise into an "unknown variant" that keeps the raw JSON.
 *
 * <p>specpoet generates such a union as a sealed interface, one record per variant, and an
 * unknown-variant record, and a subclass of this class that names them:
 *
 * <pre>{@code
 * @JsonDeserialize(using = Shape.Deserializer.class)
 * public sealed interface Shape permits Circle, Square, Shape.Unknown {
 *
 *   record Unknown(@JsonValue JsonNode raw) implements Shape {}
 *
 *   final class Deserializer extends DiscriminatedUnionDeserializer<Shape> {
 *     public Deserializer() {
 *       super(Shape.class, "kind", Map.of("circle", Circle.class, "square", Square.class),
 *           Unknown::new);
 *     }
 *   }
 * }
 *
 * @JsonDeserialize(using = JsonDeserializer.None.class) // essential, see below
 * public record Circle(@JsonProperty("kind") String kind, @JsonProperty("radius") double radius)
 *     implements Shape {}
 * }</pre>
 *
 * <p><b>Why every variant needs {@code @JsonDeserialize(using = JsonDeserializer.None.class)}:</b>
 * Jackson merges class annotations from supertypes, interfaces included, so without it {@code
 * Circle} inherits {@code Shape}'s {@code @JsonDeserialize(using = Shape.Deserializer.class)},
 * and binding the tree to {@code Circle} would call this deserializer again, forever. {@code None}
 * restores Jackson's own record binding. (This class detects the mistake and reports it as an
 * {@link com.fasterxml.jackson.databind.exc.InvalidDefinitionException} instead of a stack
 * overflow.) Writing needs nothing: Jackson serializes the runtime class, and the unknown record's
 * {@code @JsonValue} writes the raw JSON back unchanged.
 *
 * <p>Rules: the JSON must be an object (else a {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException}). If the discriminator property is
 * a JSON string listed in the mapping, the whole object, discriminator included, is bound to that
 * variant, and a binding failure is reported, not hidden. Otherwise &mdash; the property is
 * missing, not a string, or a value this client does not know (the server is newer) &mdash; the
 * object goes to {@code unknownVariant}, so old clients keep working when a variant is added.
 *
 * @param <T> the union type, normally a sealed interface
 */
public abstract class DiscriminatedUnionDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> unionType;
  private final String discriminatorProperty;
  private final Map<String, Class<? extends T>> variantsByDiscriminatorValue;
  private final transient Function<JsonNode, ? extends T> unknownVariant;

  /**
   * Configures the union.
   *
   * @param unionType the union type
   * @param discriminatorProperty the JSON property naming the variant, such as {@code "kind"}
   * @param variantsByDiscriminatorValue each discriminator value this client knows, with the
   *     variant class its objects bind to; copied
   * @param unknownVariant makes the unknown variant from the whole JSON object
   */
  protected DiscriminatedUnionDeserializer(
      Class<T> unionType,
      String discriminatorProperty,
      Map<String, Class<? extends T>> variantsByDiscriminatorValue,
      Function<JsonNode, ? extends T> unknownVariant) {
    super(Objects.requireNonNull(unionType, "unionType"));
    this.unionType = unionType;
    this.discriminatorProperty =
        Objects.requireNonNull(discriminatorProperty, "discriminatorProperty");
    this.variantsByDiscriminatorValue =
        Map.copyOf(
            Objects.requireNonNull(variantsByDiscriminatorValue, "variantsByDiscriminatorValue"));
    this.unknownVariant = Objects.requireNonNull(unknownVariant, "unknownVariant");
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    // START_OBJECT normally; FIELD_NAME when Jackson has already consumed the '{' (buffering).
    if (!p.isExpectedStartObjectToken() && !p.hasToken(JsonToken.FIELD_NAME)) {
      @SuppressWarnings("unchecked")
      T unexpected =
          (T)
              ctxt.handleUnexpectedToken(
                  getValueType(ctxt),
                  p.currentToken(),
                  p,
                  "expected a JSON object for %s, a union discriminated by property '%s'",
                  unionType.getName(),
                  discriminatorProperty);
      return unexpected;
    }
    // Read the whole object first: the discriminator may come after the other properties.
    JsonNode node = ctxt.readTree(p);
    JsonNode discriminator = node.get(discriminatorProperty);
    Class<? extends T> variant =
        discriminator != null && discriminator.isTextual()
            ? variantsByDiscriminatorValue.get(discriminator.textValue())
            : null;
    if (variant == null) {
      return unknownVariant.apply(node);
    }
    JavaType variantType = ctxt.constructType(variant);
    JsonDeserializer<Object> variantDeserializer = ctxt.findRootValueDeserializer(variantType);
    if (variantDeserializer.getClass() == getClass()) {
      return ctxt.reportBadDefinition(
          variantType,
          String.format(
              "Variant %s of union %s inherits the union's @JsonDeserialize(using = %s.class)"
                  + " and would recurse forever; annotate the variant with"
                  + " @JsonDeserialize(using = JsonDeserializer.None.class)",
              variant.getName(), unionType.getName(), getClass().getName()));
    }
    return ctxt.readTreeAsValue(node, variantType);
  }
}
