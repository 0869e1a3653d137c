package io.specpoet.runtime;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request that breaks the spec's constraints, thrown in {@link RequestValidation#STRICT} mode
 * before anything is sent. The message lists every violation; {@link #violations()} has them one
 * by one.
 */
public class RequestValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Immutable, so the exception stays serializable in spirit; not written by Java serialization. */
    private final transient List<Violation> violations;

    private final String operationId;

    /**
     * One broken constraint.
     *
     * @param path the parameter's name as the spec spells it, followed by the property path inside
     *     it, such as {@code projectId} or {@code body.data.name}
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
            return path + ": " + message;
        }
    }

    /**
     * Creates the exception.
     *
     * @param operationId the operation whose request was refused
     * @param violations the violations, at least one
     */
    public RequestValidationException(String operationId, List<Violation> violations) {
        super("the "
                + operationId
                + " request breaks the spec's constraints, so it was not sent: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.operationId = operationId;
        this.violations = List.copyOf(violations);
    }

    /** The operation whose request was refused. */
    public String operationId() {
        return operationId;
    }

    /** Every violation, ordered by path and message. */
    public List<Violation> violations() {
        return violations;
    }
}
