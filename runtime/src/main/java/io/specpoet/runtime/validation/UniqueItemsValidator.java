package io.specpoet.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link UniqueItems} on a {@link Collection}, an array or a JSON array node, comparing
 * the elements as JSON.
 */
public final class UniqueItemsValidator implements ConstraintValidator<UniqueItems, Object> {

    private String message;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public UniqueItemsValidator() {}

    @Override
    public void initialize(UniqueItems constraint) {
        this.message = constraint.message();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Object> elements = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else if (value instanceof JsonNode node && node.isArray()) {
            node.forEach(elements::add);
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
        } else {
            // Not an array: uniqueItems says nothing about it.
            return true;
        }
        Map<JsonNode, Integer> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Integer first = seen.putIfAbsent(JsonEquality.canonical(elements.get(i)), i);
            if (first != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message.replace("{first}", Integer.toString(first))
                                .replace("{second}", Integer.toString(i)))
                        .addConstraintViolation();
                return false;
            }
        }
        return true;
    }
}
