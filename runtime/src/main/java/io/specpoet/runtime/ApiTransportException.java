package io.specpoet.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The request could not be completed: the connection was refused or lost, or reading or writing
 * failed. No response was received, so {@link #statusCode()} is 0; the {@link #getCause() cause}
 * is the underlying {@link java.io.IOException} (or {@link InterruptedException}, with the
 * thread's interrupt flag set again).
 */
public class ApiTransportException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, which must not contain secrets
     * @param method the request method
     * @param path the request path, without the query
     * @param cause the underlying failure
     */
    public ApiTransportException(String message, String method, String path, @Nullable Throwable cause) {
        super(message, 0, null, null, null, method, path, cause);
    }
}
