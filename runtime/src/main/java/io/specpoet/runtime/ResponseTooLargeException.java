package io.specpoet.runtime;

import java.net.http.HttpHeaders;

/**
 * The response body was larger than {@linkplain ClientConfig#maxResponseBytes() maxResponseBytes}
 * (as received, or once decoded from gzip): the client stopped reading it at the limit, or at
 * once when the {@code Content-Length} announced more, and closed the connection. No body is
 * kept: {@link #rawBody()} is {@code null}. Not retried.
 */
public class ResponseTooLargeException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * Creates the exception.
     *
     * @param message the message, which must not contain secrets
     * @param statusCode the HTTP status of the response
     * @param headers the response headers
     * @param method the request method
     * @param path the request path, without the query
     * @param limit the limit the body passed, in bytes
     * @param cause the underlying failure, or {@code null}
     */
    public ResponseTooLargeException(
            String message,
            int statusCode,
            HttpHeaders headers,
            String method,
            String path,
            long limit,
            Throwable cause) {
        super(message, statusCode, headers, null, null, method, path, cause);
        this.limit = limit;
    }

    /** The limit the body passed, in bytes. */
    public long limit() {
        return limit;
    }
}
