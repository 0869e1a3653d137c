package io.specpoet.generator.model;

import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the parent schemas whose discriminator picks among subtypes, OpenAPI's inheritance
 * pattern: a component with a discriminator and no oneOf/anyOf, and components that {@code allOf}
 * it. A subtype that has subtypes of its own is an intermediate parent, with the discriminator it
 * inherits. Only components written as records take part: a parent's union lists records and
 * intermediate parents, so a mapping that names some other schema is not followed.
 */
final class Hierarchies {

    /**
     * A parent schema.
     *
     * @param discriminator its own discriminator, or the one it inherits
     * @param subtypes the component names of its direct subtypes, in the spec's order
     * @param parents the parents it is a direct subtype of
     */
    record Parent(String name, Discriminator discriminator, List<String> subtypes, List<String> parents) {}

    private final Map<String, Schema<?>> components;
    private final Set<String> records = new LinkedHashSet<>();
    private final Map<String, Parent> parents = new LinkedHashMap<>();

    /**
     * @param components the component schemas by name
     * @param isRecord whether a component is written as a record of its own
     */
    Hierarchies(Map<String, Schema<?>> components, Predicate<String> isRecord) {
        this.components = components;
        components.keySet().stream().filter(isRecord).forEach(records::add);
        Map<String, Discriminator> discriminators = new LinkedHashMap<>();
        for (String name : records) {
            Discriminator discriminator = effectiveDiscriminator(name, new HashSet<>());
            if (discriminator != null) {
                discriminators.put(name, discriminator);
            }
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (String name : records) {
            for (String parent : allOfParents(name)) {
                // A cycle of allOf references makes no hierarchy: a Java type cannot extend itself.
                if (discriminators.containsKey(parent) && !ancestors(parent).contains(name)) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(name);
                }
            }
        }
        discriminators.forEach((name, discriminator) -> {
            List<String> subtypes = new ArrayList<>(children.getOrDefault(name, List.of()));
            if (ownDiscriminator(components.get(name)) != null && discriminator.getMapping() != null) {
                // A mapping may name a record outside the hierarchy (one that has no discriminator,
                // so inherits none): it is a subtype too.
                for (String target : discriminator.getMapping().values()) {
                    String targetName = targetName(target);
                    if (records.contains(targetName)
                            && !discriminators.containsKey(targetName)
                            && !subtypes.contains(targetName)) {
                        subtypes.add(targetName);
                    }
                }
            }
            if (!subtypes.isEmpty()) {
                parents.put(name, new Parent(name, discriminator, List.copyOf(subtypes), new ArrayList<>()));
            }
        });
        parents.values()
                .forEach(parent -> parent.subtypes().stream()
                        .filter(parents::containsKey)
                        .forEach(subtype -> parents.get(subtype).parents().add(parent.name())));
    }

    /** The parent schemas by component name, in the spec's order. */
    Map<String, Parent> parents() {
        return parents;
    }

    /**
     * The component name a mapping value names: a reference to a component schema, or a name.
     * Null for a reference to anything else.
     */
    static String targetName(String mappingValue) {
        return mappingValue.startsWith("#") ? ModelBuilder.componentNameOf(mappingValue) : mappingValue;
    }

    /**
     * The values of the parent's discriminator that name a record: the mapping's keys for it; else,
     * for a subtype that narrows the discriminator property to its own values ({@code enum} or
     * {@code const}), those; else its component name.
     */
    List<String> discriminatorValues(Parent parent, String name) {
        List<String> values = new ArrayList<>();
        Map<String, String> mapping = parent.discriminator().getMapping();
        if (mapping != null) {
            mapping.forEach((value, target) -> {
                if (name.equals(targetName(target))) {
                    values.add(value);
                }
            });
        }
        if (values.isEmpty() && ownDiscriminator(components.get(name)) == null) {
            values.addAll(
                    narrowedValues(components.get(name), parent.discriminator().getPropertyName()));
        }
        if (values.isEmpty()) {
            values.add(name);
        }
        return values;
    }

    /** The string values a schema's own parts (not the schemas it refers to) allow a property. */
    private static List<String> narrowedValues(Schema<?> schema, String property) {
        List<String> values = new ArrayList<>();
        for (Schema<?> part : ownParts(schema)) {
            Schema<?> propertySchema =
                    part.getProperties() == null ? null : part.getProperties().get(property);
            if (propertySchema == null) {
                continue;
            }
            values.clear();
            if (propertySchema.getConst() instanceof String constant) {
                values.add(constant);
            } else if (propertySchema.getEnum() != null) {
                propertySchema.getEnum().stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .forEach(values::add);
            }
        }
        return values;
    }

    /** The schema itself and its inline allOf parts. */
    private static List<Schema<?>> ownParts(Schema<?> schema) {
        List<Schema<?>> parts = new ArrayList<>();
        if (schema.getAllOf() != null) {
            schema.getAllOf().stream().filter(part -> part.get$ref() == null).forEach(parts::add);
        }
        parts.add(schema);
        return parts;
    }

    /**
     * The discriminator a schema declares as a parent: its own (unless it has a oneOf/anyOf, whose
     * discriminator tells its members apart), or one in an inline allOf part.
     */
    private static Discriminator ownDiscriminator(Schema<?> schema) {
        for (Schema<?> part : ownParts(schema)) {
            Discriminator discriminator = part.getDiscriminator();
            boolean union = (part.getOneOf() != null && !part.getOneOf().isEmpty())
                    || (part.getAnyOf() != null && !part.getAnyOf().isEmpty());
            if (discriminator != null && discriminator.getPropertyName() != null && !union) {
                return discriminator;
            }
        }
        return null;
    }

    private Discriminator effectiveDiscriminator(String name, Set<String> visited) {
        if (!visited.add(name)) {
            return null;
        }
        Discriminator own = ownDiscriminator(components.get(name));
        if (own != null) {
            return own;
        }
        for (String parent : allOfParents(name)) {
            Discriminator inherited = effectiveDiscriminator(parent, visited);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    /** The record components a component's allOf refers to. */
    private List<String> allOfParents(String name) {
        List<Schema> parts = components.get(name).getAllOf();
        List<String> names = new ArrayList<>();
        if (parts != null) {
            for (Schema<?> part : parts) {
                String target = part.get$ref() == null ? null : ModelBuilder.componentNameOf(part.get$ref());
                if (target != null && records.contains(target) && !target.equals(name) && !names.contains(target)) {
                    names.add(target);
                }
            }
        }
        return names;
    }

    /** The components a component's allOf reaches, directly or through others. */
    private Set<String> ancestors(String name) {
        Set<String> found = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(allOfParents(name));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (found.add(next)) {
                pending.addAll(allOfParents(next));
            }
        }
        return found;
    }
}
