package io.specpoet.runtime;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) response with its decoded body.
 *
 * @param <T> the body type
 */
public final class ApiResponse<T> {

    private final int statusCode;
    private final HttpHeaders headers;
    private final T body;
    private final List<ResponseValidationException.Violation> violations;

    /**
     * Creates a response; the runtime creates them, but tests of code that calls a generated client
     * may create their own.
     *
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param body the decoded body, or {@code null}
     * @param violations the constraint violations found in {@link ResponseValidation#LENIENT} mode
     */
    public ApiResponse(
            int statusCode,
            HttpHeaders headers,
            @Nullable T body,
            List<ResponseValidationException.Violation> violations) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body;
        this.violations = List.copyOf(violations);
    }

    /** The HTTP status, such as 200. */
    public int statusCode() {
        return statusCode;
    }

    /** The response headers. */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The decoded body; {@code null} when the body type is {@link Void} or the response had no
     * body.
     */
    public @Nullable T body() {
        return body;
    }

    /**
     * The constraints the body breaks; empty unless the client is in {@link
     * ResponseValidation#LENIENT} mode (the default) and found some.
     */
    public List<ResponseValidationException.Violation> violations() {
        return violations;
    }

    @Override
    public String toString() {
        return "ApiResponse[statusCode="
                + statusCode
                + ", body="
                + body
                + (violations.isEmpty() ? "" : ", violations=" + violations)
                + "]";
    }
}
