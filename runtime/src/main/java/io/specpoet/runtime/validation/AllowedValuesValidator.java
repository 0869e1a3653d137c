package io.specpoet.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;

/** Checks {@link AllowedValues} by JSON equality. */
public final class AllowedValuesValidator implements ConstraintValidator<AllowedValues, Object> {

    private Set<JsonNode> allowed;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public AllowedValuesValidator() {}

    /**
     * Parses the allowed values.
     *
     * @throws IllegalArgumentException if one is not JSON
     */
    @Override
    public void initialize(AllowedValues constraint) {
        Set<JsonNode> values = new HashSet<>();
        for (String json : constraint.value()) {
            values.add(JsonEquality.parse(json));
        }
        this.allowed = values;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value == null || allowed.contains(JsonEquality.canonical(value));
    }
}
