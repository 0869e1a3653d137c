package io.specpoet.runtime;

import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An API call that did not succeed: the server answered with a status outside 2xx, or (in the
 * subclasses) the call could not be completed or its answer broke the schema.
 *
 * <p>The message reads {@code HTTP 404 from GET /v1/projects/p1/...: <server message>}. The
 * server message is taken from the JSON error body: its top-level {@code "message"} string, else
 * {@code "error"."message"}, else an {@code "error"} string, else the first 200 characters of the
 * body. When the request named its operation, {@code " [operation getProject]"} follows.
 *
 * <p>Neither the message nor {@link #toString()} ever contains the bearer token or the {@code
 * Authorization} header; a token the server echoes back is replaced by {@code ****}. {@link
 * #rawBody()} is the body exactly as received.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private final int statusCode;
    private final transient HttpHeaders headers;
    private final String rawBody;
    private final transient Object errorBody;
    private final String method;
    private final String path;

    /**
     * Creates the exception; the runtime builds the message, but tests of code that calls a
     * generated client may create their own.
     *
     * @param message the message, which must not contain secrets
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param headers the response headers, or {@code null} for none
     * @param rawBody the response body as text, or {@code null}
     * @param errorBody the decoded error body, or {@code null}
     * @param method the request method
     * @param path the request path with its parameters filled in and encoded, without the query
     * @param cause the cause, or {@code null}
     */
    public ApiException(
            String message,
            int statusCode,
            @Nullable HttpHeaders headers,
            @Nullable String rawBody,
            @Nullable Object errorBody,
            String method,
            String path,
            @Nullable Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.headers = headers == null ? NO_HEADERS : headers;
        this.rawBody = rawBody;
        this.errorBody = errorBody;
        this.method = method;
        this.path = path;
    }

    /** The HTTP status code, or 0 when no response was received. */
    public int statusCode() {
        return statusCode;
    }

    /** The response headers; empty when no response was received. */
    public HttpHeaders headers() {
        return headers == null ? NO_HEADERS : headers;
    }

    /** The response body as text, exactly as received; {@code null} when there was no response. */
    public @Nullable String rawBody() {
        return rawBody;
    }

    /**
     * The error body decoded as the type the operation declares for this status, or {@code null}
     * when it declares none, the body was empty, or it could not be decoded (then see {@link
     * #rawBody()}).
     */
    public @Nullable Object errorBody() {
        return errorBody;
    }

    /**
     * The decoded error body if it is of the given type.
     *
     * @param type the expected type
     * @param <E> the expected type
     * @return the error body, or empty if there is none or it is of another type
     */
    public <E> Optional<E> errorBody(Class<E> type) {
        return type.isInstance(errorBody) ? Optional.of(type.cast(errorBody)) : Optional.empty();
    }

    /** The request method, such as {@code GET}. */
    public String method() {
        return method;
    }

    /**
     * The request path with its parameters filled in and percent-encoded, without the base URI's
     * path and without the query string, such as {@code /v1/projects/p1}.
     */
    public String path() {
        return path;
    }
}
