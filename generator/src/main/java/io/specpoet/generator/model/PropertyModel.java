package io.specpoet.generator.model;

/**
 * One property of an object type.
 *
 * @param wireName the name in JSON
 * @param javaName the record component name, unique within its type
 * @param fixedValue for the discriminator property of a union variant: the value it always holds
 */
public record PropertyModel(
        String wireName,
        String javaName,
        TypeUse type,
        boolean required,
        boolean nullable,
        String description,
        boolean deprecated,
        String fixedValue) {}
