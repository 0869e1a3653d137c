package io.specpoet.runtime;

/**
 * Whether a client checks decoded response bodies against the Bean Validation constraints of the
 * generated models ({@code @NotNull}, {@code @Pattern}, {@code @Size}, ...).
 *
 * <p>Validation needs a Jakarta Bean Validation provider, such as Hibernate Validator, on the
 * class path. Without one, {@link #LENIENT} and {@link #OFF} work (and nothing is checked), and
 * building a client in {@link #STRICT} mode fails with an {@link IllegalStateException}.
 *
 * <p>Validation checks a body that was read. A body that cannot be read without changing it (a
 * value of another JSON type than its schema's, see {@link io.specpoet.runtime.json.ExactScalars},
 * or an integer beyond its Java type) fails with an {@link ApiException} in every mode.
 */
public enum ResponseValidation {
    /**
     * The default: check if a provider is present, never throw, and report what is found in {@link
     * ApiResponse#violations()}. Servers that do not quite follow their own spec keep working.
     */
    LENIENT,
    /** Check, and throw a {@link ResponseValidationException} listing every violation. */
    STRICT,
    /** Do not check. */
    OFF
}
