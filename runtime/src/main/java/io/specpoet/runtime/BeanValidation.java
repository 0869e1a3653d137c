package io.specpoet.runtime;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidationProviderResolver;
import jakarta.validation.Validator;
import jakarta.validation.bootstrap.GenericBootstrap;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The optional Bean Validation provider: found once per JVM, and shared, since starting one is
 * slow and a {@link Validator} is thread-safe.
 */
final class BeanValidation {

    private final Validator validator;
    private final String problem;

    private BeanValidation(Validator validator, String problem) {
        this.validator = validator;
        this.problem = problem;
    }

    private static final class Shared {
        static final BeanValidation INSTANCE = load(null);
    }

    /** The provider found on the class path, looked for on first use. */
    static BeanValidation shared() {
        return Shared.INSTANCE;
    }

    /**
     * Starts the default provider.
     *
     * @param resolver where to look for providers, or {@code null} for the class path
     */
    static BeanValidation load(ValidationProviderResolver resolver) {
        try {
            try {
                return new BeanValidation(
                        configure(resolver).buildValidatorFactory().getValidator(), null);
            } catch (ValidationException e) {
                if (e instanceof jakarta.validation.NoProviderFoundException) {
                    throw e;
                }
                // Most often Hibernate Validator without an Expression Language implementation, which
                // only its default message interpolator needs.
                Configuration<?> configuration = configure(resolver);
                configuration.messageInterpolator(new PlainMessageInterpolator());
                return new BeanValidation(configuration.buildValidatorFactory().getValidator(), null);
            }
        } catch (RuntimeException | LinkageError e) {
            return new BeanValidation(null, e.toString());
        }
    }

    private static Configuration<?> configure(ValidationProviderResolver resolver) {
        GenericBootstrap bootstrap = Validation.byDefaultProvider();
        if (resolver != null) {
            bootstrap.providerResolver(resolver);
        }
        return bootstrap.configure();
    }

    boolean available() {
        return validator != null;
    }

    /** Why no provider could be started, or {@code null}. */
    String problem() {
        return problem;
    }

    /**
     * Validates a decoded body; the elements of a collection and the values of a map are validated
     * one by one, their paths starting with {@code [index]} or {@code [key]}.
     *
     * @return the violations ordered by path and message; empty if no provider is available
     */
    List<ResponseValidationException.Violation> validate(Object body) {
        List<ResponseValidationException.Violation> out = new ArrayList<>();
        if (validator == null || body == null) {
            return out;
        }
        if (body instanceof Collection<?> elements) {
            int i = 0;
            for (Object element : elements) {
                validate("[" + i++ + "]", element, out);
            }
        } else if (body instanceof Map<?, ?> map) {
            map.forEach((key, value) -> validate("[" + key + "]", value, out));
        } else {
            validate("", body, out);
        }
        out.sort(Comparator.comparing(ResponseValidationException.Violation::path)
                .thenComparing(ResponseValidationException.Violation::message));
        return out;
    }

    private void validate(String prefix, Object bean, List<ResponseValidationException.Violation> out) {
        if (bean == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations;
        try {
            violations = validator.validate(bean);
        } catch (ValidationException e) {
            // A broken constraint validator: reported, not thrown, so that LENIENT never throws.
            out.add(new ResponseValidationException.Violation(prefix, "could not be validated: " + e));
            return;
        }
        for (ConstraintViolation<Object> v : violations) {
            String path = v.getPropertyPath().toString();
            if (!prefix.isEmpty()) {
                path = path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path;
            }
            out.add(new ResponseValidationException.Violation(path, v.getMessage()));
        }
    }

    /**
     * Validates the arguments of a generated API method: the constraints on its parameters, and
     * through {@code @Valid} those of the models they hold.
     *
     * @param api the API object the method belongs to
     * @param method the method whose parameters carry the constraints
     * @param names the parameters' names as the spec spells them, by position
     * @param arguments the arguments, by position
     * @return the violations ordered by path and message; empty if no provider is available
     */
    List<RequestValidationException.Violation> validateParameters(
            Object api, Method method, List<String> names, @Nullable Object[] arguments) {
        List<RequestValidationException.Violation> out = new ArrayList<>();
        if (validator == null) {
            return out;
        }
        Set<ConstraintViolation<Object>> violations;
        try {
            violations = validator.forExecutables().validateParameters(api, method, arguments);
        } catch (ValidationException e) {
            out.add(new RequestValidationException.Violation("", "could not be validated: " + e));
            return out;
        }
        for (ConstraintViolation<Object> v : violations) {
            out.add(new RequestValidationException.Violation(path(v.getPropertyPath(), names), v.getMessage()));
        }
        out.sort(Comparator.comparing(RequestValidationException.Violation::path)
                .thenComparing(RequestValidationException.Violation::message));
        return out;
    }

    /**
     * A parameter's path with the spec's parameter name in place of the method and the Java
     * parameter (whose name depends on how the code was compiled), then as Bean Validation writes
     * paths: {@code body.items[0].name}.
     */
    private static String path(Path path, List<String> names) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE:
                    continue;
                case PARAMETER:
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    out.append(index < names.size() ? names.get(index) : node.getName());
                    continue;
                case CROSS_PARAMETER:
                    out.append("<parameters>");
                    continue;
                default:
                    break;
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    /**
     * A message interpolator without Expression Language: replaces {@code {name}} by the
     * constraint's attribute or the provider's message bundles; leaves {@code ${...}} as it is.
     */
    static final class PlainMessageInterpolator implements MessageInterpolator {
        private static final Pattern PARAMETER = Pattern.compile("(?<!\\$)\\{([^{}]+)}");
        private static final String[] BUNDLES = {
            "ValidationMessages", "ContributorValidationMessages", "org.hibernate.validator.ValidationMessages"
        };

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.getDefault());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            String text = template;
            for (int pass = 0; pass < 3 && text.indexOf('{') >= 0; pass++) {
                Matcher m = PARAMETER.matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String name = m.group(1);
                    Object attribute =
                            context.getConstraintDescriptor().getAttributes().get(name);
                    String replacement = attribute != null ? describe(attribute) : lookUp(name, locale);
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
                }
                m.appendTail(out);
                if (out.toString().equals(text)) {
                    break;
                }
                text = out.toString();
            }
            return text;
        }

        private static String describe(Object value) {
            if (value.getClass().isArray()) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < Array.getLength(value); i++) {
                    items.add(Array.get(value, i));
                }
                return items.toString();
            }
            return String.valueOf(value);
        }

        private static String lookUp(String key, Locale locale) {
            for (String bundle : BUNDLES) {
                try {
                    return ResourceBundle.getBundle(bundle, locale).getString(key);
                } catch (MissingResourceException e) {
                    // Try the next bundle.
                }
            }
            return null;
        }
    }
}
