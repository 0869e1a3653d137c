package io.specpoet.runtime;

/**
 * Whether a client checks a request against the spec's constraints before sending it: the
 * constraint annotations on the generated API methods' parameters (path, query, header and cookie
 * parameters, and the body) and on the models they hold.
 *
 * <p>When no mode is chosen, a client validates requests if a Jakarta Bean Validation provider,
 * such as Hibernate Validator, is on the class path, and sends them unchecked if not. Choosing
 * {@link #STRICT} without a provider makes building the client fail with an {@link
 * IllegalStateException}.
 */
public enum RequestValidation {
    /**
     * Check, and throw a {@link RequestValidationException} listing every violation; nothing is sent.
     */
    STRICT,
    /** Do not check; this costs nothing. */
    OFF
}
