package io.specpoet.runtime.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a JSON property that may be {@code null} (OpenAPI 3.0 {@code nullable: true},
 * OpenAPI 3.1 {@code type: [T, "null"]}): either an explicit JSON {@code null} ({@link #ofNull()})
 * or a value ({@link #of}).
 *
 * <p>Such a property has three states, and a generated record keeps all three in one component
 * of type {@code Nullable<T>}:
 *
 * <table>
 *   <caption>States of a {@code Nullable<T>} record component</caption>
 *   <tr><th>JSON</th><th>Java</th></tr>
 *   <tr><td>property absent</td><td>{@code null}</td></tr>
 *   <tr><td>{@code "a": null}</td><td>{@code Nullable.ofNull()}</td></tr>
 *   <tr><td>{@code "a": value}</td><td>{@code Nullable.of(value)}</td></tr>
 * </table>
 *
 * <p>Jackson reads and writes it without any module: the class names {@link NullableSerializer}
 * and {@link NullableDeserializer}, which delegate to the serializer and deserializer of {@code
 * T}. The record must be {@code @JsonInclude(JsonInclude.Include.NON_NULL)} so that an absent
 * property stays absent when written. Bean Validation constraints on a {@code Nullable<T>} apply
 * to the value, and are not checked for {@link #ofNull()} (see {@link NullableValueExtractor}).
 *
 * <p>Instances are immutable and compare by value; {@link #ofNull()} is a single shared instance.
 *
 * @param <T> the type of the value
 */
@JsonSerialize(using = NullableSerializer.class)
@JsonDeserialize(using = NullableDeserializer.class)
public final class Nullable<T> {

    private static final Nullable<?> NULL = new Nullable<>(null);

    private final T value;

    private Nullable(T value) {
        this.value = value;
    }

    /**
     * A present, non-null value.
     *
     * @param value the value, not {@code null}
     * @return a {@code Nullable} holding the value
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static <T> Nullable<T> of(T value) {
        return new Nullable<>(Objects.requireNonNull(
                value,
                "Nullable.of(value) needs a value: use Nullable.ofNull() for an explicit JSON null,"
                        + " or Nullable.ofNullable(value)"));
    }

    /**
     * An explicit JSON {@code null}.
     *
     * @return the shared instance standing for JSON {@code null}
     */
    @SuppressWarnings("unchecked")
    public static <T> Nullable<T> ofNull() {
        return (Nullable<T>) NULL;
    }

    /**
     * {@link #of} for a value, {@link #ofNull()} for {@code null}.
     *
     * @param valueOrNull the value, or {@code null} for an explicit JSON {@code null}
     * @return a {@code Nullable}, never {@code null}
     */
    public static <T> Nullable<T> ofNullable(@org.jspecify.annotations.Nullable T valueOrNull) {
        return valueOrNull == null ? ofNull() : new Nullable<>(valueOrNull);
    }

    /** Whether this is an explicit JSON {@code null}. */
    public boolean isNull() {
        return value == null;
    }

    /** Whether this holds a value. */
    public boolean isPresent() {
        return value != null;
    }

    /**
     * The value.
     *
     * @return the value, never {@code null}
     * @throws NoSuchElementException if this is an explicit JSON {@code null}
     */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException("Nullable is an explicit JSON null and holds no value");
        }
        return value;
    }

    /**
     * The value, or {@code other} for an explicit JSON {@code null}.
     *
     * @param other what to return when this holds no value; may be {@code null}
     * @return the value or {@code other}
     */
    public @org.jspecify.annotations.Nullable T orElse(@org.jspecify.annotations.Nullable T other) {
        return value != null ? value : other;
    }

    /**
     * This as an {@link Optional}: empty for an explicit JSON {@code null}.
     *
     * @return the value as an {@code Optional}
     */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return o instanceof Nullable<?> other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** {@code Nullable[null]} or {@code Nullable[value]}. */
    @Override
    public String toString() {
        return "Nullable[" + value + "]";
    }
}
