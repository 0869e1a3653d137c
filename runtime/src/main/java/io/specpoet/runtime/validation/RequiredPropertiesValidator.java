package io.specpoet.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link RequiredProperties}: each missing name is its own violation, with the name as the
 * last node of its path.
 */
public final class RequiredPropertiesValidator implements ConstraintValidator<RequiredProperties, Object> {

    private List<String> names;
    private String message;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public RequiredPropertiesValidator() {}

    @Override
    public void initialize(RequiredProperties constraint) {
        this.names = List.of(constraint.value());
        this.message = constraint.message();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        if (value instanceof Map<?, ?> map) {
            for (String name : names) {
                valid &= present(map.containsKey(name), name, context);
            }
            return valid;
        }
        JsonNode tree = JsonEquality.tree(value);
        if (!tree.isObject()) {
            return true;
        }
        for (String name : names) {
            valid &= present(tree.has(name), name, context);
        }
        return valid;
    }

    private boolean present(boolean present, String name, ConstraintValidatorContext context) {
        if (!present) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(name)
                    .addConstraintViolation();
        }
        return present;
    }
}
