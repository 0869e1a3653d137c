package io.specpoet.runtime;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Checks requests before they are sent, with the constraints on a generated API method's
 * parameters. Exists only when requests are validated: a client that does not validate holds
 * none, so the generated code skips the check with one field read.
 */
final class RequestValidator {

    /** The methods of each API class by name; generated method names are unique per class. */
    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return Stream.of(type.getDeclaredMethods())
                    .filter(method -> !method.isSynthetic() && !method.isBridge())
                    .collect(Collectors.toMap(Method::getName, Function.identity(), (a, b) -> a));
        }
    };

    private final BeanValidation validation;

    private RequestValidator(BeanValidation validation) {
        this.validation = validation;
    }

    /**
     * The validator the configured mode asks for, or {@code null} when requests go out unchecked.
     *
     * @param mode the configured mode, or {@code null} for the default: validate if a provider is
     *     available
     * @param validation the provider, or {@code null} to use the shared one
     * @throws IllegalStateException if {@link RequestValidation#STRICT} was chosen and no provider
     *     can be started
     */
    static RequestValidator of(RequestValidation mode, BeanValidation validation) {
        if (mode == RequestValidation.OFF) {
            return null;
        }
        BeanValidation provider = validation != null ? validation : BeanValidation.shared();
        if (provider.available()) {
            return new RequestValidator(provider);
        }
        if (mode == RequestValidation.STRICT) {
            throw new IllegalStateException(
                    ApiClient.providerMissing("RequestValidation.STRICT", provider, "RequestValidation.OFF"));
        }
        return null;
    }

    /**
     * Validates the arguments of the named method of an API object.
     *
     * @throws RequestValidationException listing every violation
     */
    void validate(String operationId, Object api, String methodName, List<String> names, @Nullable Object[] arguments) {
        Method method = METHODS.get(api.getClass()).get(methodName);
        if (method == null) {
            throw new IllegalArgumentException(
                    api.getClass().getName() + " has no method " + methodName + " to validate against");
        }
        List<RequestValidationException.Violation> violations =
                validation.validateParameters(api, method, names, arguments);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(operationId, violations);
        }
    }
}
