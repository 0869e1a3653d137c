package io.specpoet.runtime;

import java.net.http.HttpHeaders;

/**
 * A successful response came without the body its operation declares: the body was empty or
 * only whitespace. A 204 or 205, a {@code HEAD} request, and operations that declare no body are
 * not affected: they return without a body. Not retried.
 */
public class MissingResponseBodyException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String operationId;

    /**
     * Creates the exception.
     *
     * @param message the message, which must not contain secrets
     * @param statusCode the (successful) HTTP status
     * @param headers the response headers
     * @param rawBody the body as received (empty or whitespace)
     * @param method the request method
     * @param path the request path, without the query
     * @param operationId the operation's id, or {@code null} when the request named none
     */
    public MissingResponseBodyException(
            String message,
            int statusCode,
            HttpHeaders headers,
            String rawBody,
            String method,
            String path,
            String operationId) {
        super(message, statusCode, headers, rawBody, null, method, path, null);
        this.operationId = operationId;
    }

    /** The operation's id, such as {@code getProject}, or {@code null} when unknown. */
    public String operationId() {
        return operationId;
    }
}
