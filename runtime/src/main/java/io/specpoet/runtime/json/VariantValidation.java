package io.specpoet.runtime.json;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidationProviderResolver;
import jakarta.validation.Validator;
import jakarta.validation.bootstrap.GenericBootstrap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Bean Validation provider that decides between union variants when the deduction plan leaves
 * more than one: a variant fits if its value has no constraint violation, as JSON Schema would
 * judge the member. Found once per JVM; without a provider on the class path every bound variant
 * counts as fitting.
 *
 * <p>It only asks whether a value has a violation, never reads messages: its message interpolator
 * returns templates as they are, so it needs no Expression Language, and it asks the provider to
 * stop at the first violation (Hibernate Validator's {@code fail_fast}; others ignore the hint).
 */
final class VariantValidation {

    private static final class Shared {
        static final VariantValidation INSTANCE = load(null);
    }

    private final @Nullable Validator validator;

    private VariantValidation(@Nullable Validator validator) {
        this.validator = validator;
    }

    /** The provider on the class path, looked for on first use. */
    static VariantValidation shared() {
        return Shared.INSTANCE;
    }

    /**
     * Starts the default provider.
     *
     * @param resolver where to look for providers, or {@code null} for the class path
     */
    static VariantValidation load(@Nullable ValidationProviderResolver resolver) {
        try {
            GenericBootstrap bootstrap = Validation.byDefaultProvider();
            if (resolver != null) {
                bootstrap.providerResolver(resolver);
            }
            Configuration<?> configuration = bootstrap.configure();
            configuration.messageInterpolator(new TemplateMessages());
            configuration.addProperty("hibernate.validator.fail_fast", "true");
            return new VariantValidation(configuration.buildValidatorFactory().getValidator());
        } catch (RuntimeException | LinkageError e) {
            return new VariantValidation(null);
        }
    }

    /** Whether a provider was found: without one, constraints cannot tell variants apart. */
    boolean available() {
        return validator != null;
    }

    /**
     * Whether the value breaks none of its constraints, nested ones included; true without a
     * provider. A constraint validator that fails counts as a violation: the value is not shown to fit.
     */
    boolean fits(Object value) {
        if (validator == null) {
            return true;
        }
        try {
            return validator.validate(value).isEmpty();
        } catch (ValidationException e) {
            return false;
        }
    }

    /** Messages are never read here, so they are left as templates. */
    private static final class TemplateMessages implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
