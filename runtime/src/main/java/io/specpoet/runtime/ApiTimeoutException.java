package io.specpoet.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The request or the connection attempt timed out; the {@link #getCause() cause} is the {@link
 * java.net.http.HttpTimeoutException}.
 */
public class ApiTimeoutException extends ApiTransportException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, which must not contain secrets
     * @param method the request method
     * @param path the request path, without the query
     * @param cause the underlying timeout
     */
    public ApiTimeoutException(String message, String method, String path, @Nullable Throwable cause) {
        super(message, method, path, cause);
    }
}
