package io.specpoet.runtime;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful response whose body breaks the constraints of its schema, thrown in {@link
 * ResponseValidation#STRICT} mode. The message lists every violation; {@link #violations()} has
 * them one by one, and {@link #rawBody()} the body as received.
 */
public class ResponseValidationException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * One broken constraint.
     *
     * @param path the Bean Validation property path of the value in the body, such as {@code
     *     spec.nodes[0].kind}; empty for the body itself
     * @param message what is wrong, such as {@code must not be null}
     */
    public record Violation(String path, String message) {

        /** Checks that both parts are given. */
        public Violation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return (path.isEmpty() ? "<body>" : path) + ": " + message;
        }
    }

    /**
     * Creates the exception.
     *
     * @param message the message, which must not contain secrets
     * @param statusCode the (successful) HTTP status
     * @param headers the response headers
     * @param rawBody the response body as text
     * @param method the request method
     * @param path the request path, without the query
     * @param violations the violations, at least one
     */
    public ResponseValidationException(
            String message,
            int statusCode,
            @Nullable HttpHeaders headers,
            @Nullable String rawBody,
            String method,
            String path,
            List<Violation> violations) {
        super(message, statusCode, headers, rawBody, null, method, path, null);
        this.violations = List.copyOf(violations);
    }

    /** Every violation, ordered by path and message. */
    public List<Violation> violations() {
        return violations;
    }
}
