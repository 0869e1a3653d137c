package io.specpoet.runtime.json;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets Bean Validation check the value inside a {@link Nullable}, as Hibernate Validator does for
 * {@link java.util.Optional}. It is listed in {@code
 * META-INF/services/jakarta.validation.valueextraction.ValueExtractor}, so providers pick it up
 * without configuration.
 *
 * <p>It is {@link UnwrapByDefault}: a constraint on a {@code Nullable<T>} applies to the {@code T}
 * ({@code @Pattern(regexp = "[a-z]+") Nullable<String>} checks the string), and so does {@code
 * @Valid}. Nothing is checked for {@link Nullable#ofNull()}: the schema allows null, so no
 * constraint on the value can fail. A {@code null} {@code Nullable} (an absent property) is not
 * unwrapped at all; to require the property to be present, put the constraint on the {@code
 * Nullable} itself with {@code @NotNull(payload = Unwrapping.Skip.class)}.
 */
@UnwrapByDefault
public final class NullableValueExtractor implements ValueExtractor<Nullable<@ExtractedValue ?>> {

    /** Creates the extractor; the service loader calls this. */
    public NullableValueExtractor() {}

    @Override
    public void extractValues(Nullable<?> originalValue, ValueReceiver receiver) {
        // Unlike Optional's extractor, which passes null when empty: an explicit null is allowed by
        // the schema, so an unwrapped @NotNull must not reject it.
        if (originalValue.isPresent()) {
            receiver.value(null, originalValue.get());
        }
    }
}
