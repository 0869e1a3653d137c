package io.specpoet.generator.model;

import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.specpoet.generator.model.TypeDecl.EnumConstant;
import io.specpoet.generator.model.TypeDecl.EnumDecl;
import io.specpoet.generator.model.TypeDecl.ObjectDecl;
import io.specpoet.generator.model.TypeDecl.UnionDecl;
import io.specpoet.generator.model.TypeDecl.UnionVariant;
import io.specpoet.generator.pattern.PatternTranslator;
import io.specpoet.generator.pattern.UnsupportedPatternException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link stage: turns Swagger Parser's schemas into the generator's own model. Every Java name
 * is decided here, once: type names are unique in the model package and never shadow java.lang;
 * member names are unique within their type. Inline schemas are named after where they sit.
 */
public final class ModelBuilder {

    private static final String COMPONENTS = "/components/schemas/";

    /** Members every record has, or that records may not declare as components. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "builder", "toBuilder", "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait",
            "clone", "finalize");

    private final OpenAPI openApi;
    private final Map<String, Schema<?>> components;
    private final Diagnostics diagnostics;
    private final NameScope typeNames = new NameScope(JavaNames.JAVA_LANG_TYPES, true);
    private final Map<String, String> componentTypeNames = new LinkedHashMap<>();
    private final Map<String, TypeDecl> declared = new LinkedHashMap<>();
    private final Set<String> aliasesInProgress = new HashSet<>();

    /** Inline types by the pointer of their schema: one schema is one type, however often used. */
    private final Map<String, TypeUse> inlineTypes = new HashMap<>();

    public ModelBuilder(OpenAPI openApi, Diagnostics diagnostics) {
        this.openApi = openApi;
        this.diagnostics = diagnostics;
        Map<String, Schema> schemas =
                openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        Map<String, Schema<?>> copy = new LinkedHashMap<>();
        if (schemas != null) {
            schemas.forEach((name, schema) -> copy.put(name, schema));
        }
        this.components = copy;
    }

    /**
     * Links the whole spec.
     *
     * @param clientName the client class name, or null to derive it from the spec's title
     */
    public ApiModel build(String clientName) {
        // Component names are claimed before any inline name, so inline schemas never take them;
        // a name that already is its own Java name wins over one that only becomes it.
        Map<String, String> claimed = new LinkedHashMap<>();
        components.forEach((name, schema) -> {
            if (declaresType(schema) && JavaNames.upperCamel(name).equals(name) && !typeNames.isTaken(name)) {
                claimed.put(name, typeNames.claim(name));
            }
        });
        components.forEach((name, schema) -> {
            if (declaresType(schema)) {
                componentTypeNames.put(name, claimed.computeIfAbsent(name, n -> claimTypeName(JavaNames.upperCamel(n))));
            }
        });
        componentTypeNames.forEach((name, javaName) ->
                declare(javaName, components.get(name), COMPONENTS + LocationIndex.escape(name)));
        ClientModel client = new OperationsBuilder(openApi, this, diagnostics).build(clientName);
        linkUnionVariants(client);
        nameBuilders();
        List<TypeDecl> types = new ArrayList<>(declared.values());
        types.sort(Comparator.comparing(TypeDecl::javaName));
        return new ApiModel(client, List.copyOf(types));
    }

    /** A type name for the model package; one that would shadow a java.lang type gets a suffix. */
    private String claimTypeName(String candidate) {
        String shortened = JavaNames.shortenTypeName(candidate);
        return typeNames.claim(JavaNames.JAVA_LANG_TYPES.contains(shortened) ? shortened + "Model" : shortened);
    }

    /** Whether a schema becomes a generated type of its own (rather than a scalar, list or map). */
    private boolean declaresType(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return false;
        }
        if (isStringEnum(schema)) {
            return true;
        }
        if (discriminatedUnion(schema) != null) {
            return true;
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return true;
        }
        return schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    private static boolean isStringEnum(Schema<?> schema) {
        return schema.getEnum() != null
                && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().allMatch(value -> value == null || value instanceof String);
    }

    /**
     * The oneOf/anyOf members of a schema with a discriminator, or null. A union is written as a
     * sealed interface over records only when every member can be one: a reference to a component
     * object schema that declares the discriminator property (itself or through allOf), or an
     * inline object whose discriminator property is a single-valued enum. Any other union (a
     * nested union, an enum member, the property only in a member's oneOf) is typed as JSON, like
     * one without a discriminator.
     */
    private List<Schema> discriminatedUnion(Schema<?> schema) {
        List<Schema> members = unionMembers(schema);
        if (members == null) {
            return null;
        }
        String property = schema.getDiscriminator().getPropertyName();
        for (Schema<?> member : members) {
            String name = member.get$ref() == null ? null : componentName(member.get$ref());
            boolean variant = name != null
                    ? components.get(name) != null && isObjectSchema(components.get(name))
                            && declaresProperty(components.get(name), property, new HashSet<>())
                    : member.get$ref() == null && singleEnumValue(member, property) != null;
            if (!variant) {
                return null;
            }
        }
        return members;
    }

    private static List<Schema> unionMembers(Schema<?> schema) {
        if (schema.getDiscriminator() == null || schema.getDiscriminator().getPropertyName() == null) {
            return null;
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return schema.getOneOf();
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return schema.getAnyOf();
        }
        return null;
    }

    /** Whether a schema or, depth first, one of its allOf parts names the property. */
    private boolean declaresProperty(Schema<?> schema, String property, Set<String> visited) {
        String name = schema.get$ref() == null ? null : componentName(schema.get$ref());
        if (name != null) {
            return visited.add(name) && components.get(name) != null
                    && declaresProperty(components.get(name), property, visited);
        }
        if (schema.getProperties() != null && schema.getProperties().containsKey(property)) {
            return true;
        }
        return schema.getAllOf() != null
                && schema.getAllOf().stream().anyMatch(part -> declaresProperty(part, property, visited));
    }

    /** Whether a component becomes a record: it has properties or allOf parts, and is no union. */
    private static boolean isObjectSchema(Schema<?> schema) {
        boolean shaped = (schema.getProperties() != null && !schema.getProperties().isEmpty())
                || (schema.getAllOf() != null && !schema.getAllOf().isEmpty());
        return schema.get$ref() == null && shaped && !isStringEnum(schema) && unionMembers(schema) == null;
    }

    private void declare(String javaName, Schema<?> schema, String pointer) {
        TypeDecl decl;
        if (isStringEnum(schema)) {
            decl = enumDecl(javaName, schema, pointer);
        } else if (discriminatedUnion(schema) != null) {
            decl = unionDecl(javaName, schema, pointer);
        } else {
            decl = objectDecl(javaName, schema, pointer);
        }
        declared.put(javaName, decl);
    }

    // ---- use sites -------------------------------------------------------------------------

    /**
     * The type of a property, element or map value. {@code context} names any inline type that
     * must be declared for it.
     */
    TypeUse typeUse(Schema<?> schema, String context, String pointer) {
        if (schema == null) {
            return TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        }
        String ref = schema.get$ref();
        if (ref != null) {
            return referencedTypeUse(ref, pointer);
        }
        if (declaresType(schema)) {
            TypeUse known = inlineTypes.get(pointer);
            if (known != null) {
                return known;
            }
            String javaName = claimTypeName(JavaNames.upperCamel(context));
            TypeUse use = TypeUse.of(new TypeRef.Declared(javaName));
            inlineTypes.put(pointer, use);
            declare(javaName, schema, pointer);
            return use;
        }
        Constraints constraints = constraints(schema, pointer);
        Set<String> types = types(schema);
        if (types.contains("array") || schema.getItems() != null) {
            TypeUse element = typeUse(schema.getItems(), context + "Item", pointer + "/items");
            return new TypeUse(new TypeRef.ListOf(element), constraints);
        }
        if (types.contains("object") || schema.getAdditionalProperties() != null) {
            Object additional = schema.getAdditionalProperties();
            TypeUse value = additional instanceof Schema<?> valueSchema
                    ? typeUse(valueSchema, context + "Value", pointer + "/additionalProperties")
                    : TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
            return new TypeUse(new TypeRef.MapOf(value), constraints);
        }
        return new TypeUse(new TypeRef.Scalar(scalarKind(schema, types)), constraints);
    }

    private TypeUse referencedTypeUse(String ref, String pointer) {
        if (!ref.startsWith("#" + COMPONENTS)) {
            diagnostics.error(pointer + "/$ref", "unsupported: reference '" + ref
                    + "' does not name a component schema");
            return TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        }
        String name = ref.substring(("#" + COMPONENTS).length());
        String javaName = componentTypeNames.get(name);
        if (javaName != null) {
            return TypeUse.of(new TypeRef.Declared(javaName));
        }
        Schema<?> target = components.get(name);
        if (target == null) {
            diagnostics.error(pointer + "/$ref", "reference '" + ref + "' points to no component schema");
            return TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        }
        // A component that is a list, map or scalar is an alias: used in place, constraints and all.
        if (!aliasesInProgress.add(name)) {
            return TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        }
        try {
            return typeUse(target, JavaNames.upperCamel(name), COMPONENTS + LocationIndex.escape(name));
        } finally {
            aliasesInProgress.remove(name);
        }
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        return types;
    }

    private static boolean isNullable(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable()) || types(schema).contains("null");
    }

    private static ScalarKind scalarKind(Schema<?> schema, Set<String> types) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (types.contains("string")) {
            return switch (format) {
                case "date-time" -> ScalarKind.DATE_TIME;
                case "date" -> ScalarKind.DATE;
                case "uuid" -> ScalarKind.UUID;
                case "uri" -> ScalarKind.URI;
                case "byte" -> ScalarKind.BYTES;
                case "binary" -> ScalarKind.BINARY;
                default -> ScalarKind.STRING;
            };
        }
        if (types.contains("integer")) {
            if (format.equals("int32")) {
                return ScalarKind.INT32;
            }
            boolean fitsLong = fitsLong(schema.getMinimum()) && fitsLong(schema.getMaximum())
                    && fitsLong(schema.getExclusiveMinimumValue()) && fitsLong(schema.getExclusiveMaximumValue());
            return format.isEmpty() && !fitsLong ? ScalarKind.BIG_INTEGER : ScalarKind.INT64;
        }
        if (types.contains("number")) {
            return switch (format) {
                case "float" -> ScalarKind.FLOAT;
                case "double" -> ScalarKind.DOUBLE;
                case "int32" -> ScalarKind.INT32;
                case "int64" -> ScalarKind.INT64;
                default -> ScalarKind.DECIMAL;
            };
        }
        if (types.contains("boolean") && types.size() <= 2) {
            return ScalarKind.BOOLEAN;
        }
        return ScalarKind.ANY_JSON;
    }

    private static boolean fitsLong(BigDecimal bound) {
        return bound == null
                || (bound.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                        && bound.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0);
    }

    private Constraints constraints(Schema<?> schema, String pointer) {
        String javaPattern = null;
        if (schema.getPattern() != null) {
            try {
                javaPattern = PatternTranslator.toJavaFullMatch(schema.getPattern());
            } catch (UnsupportedPatternException e) {
                diagnostics.error(pointer + "/pattern", e.getMessage());
            }
        }
        BigDecimal minimum = schema.getMinimum();
        boolean exclusiveMinimum = Boolean.TRUE.equals(schema.getExclusiveMinimum());
        if (schema.getExclusiveMinimumValue() != null) {
            minimum = schema.getExclusiveMinimumValue();
            exclusiveMinimum = true;
        }
        BigDecimal maximum = schema.getMaximum();
        boolean exclusiveMaximum = Boolean.TRUE.equals(schema.getExclusiveMaximum());
        if (schema.getExclusiveMaximumValue() != null) {
            maximum = schema.getExclusiveMaximumValue();
            exclusiveMaximum = true;
        }
        return new Constraints(
                javaPattern == null ? null : schema.getPattern(),
                javaPattern,
                schema.getMinLength(),
                schema.getMaxLength(),
                minimum,
                exclusiveMinimum && minimum != null,
                maximum,
                exclusiveMaximum && maximum != null,
                schema.getMinItems(),
                schema.getMaxItems());
    }

    // ---- objects ---------------------------------------------------------------------------

    /** A property found while merging an object and its allOf parts. */
    private record SourceProperty(String wireName, Schema<?> schema, String pointer) {}

    private ObjectDecl objectDecl(String javaName, Schema<?> schema, String pointer) {
        Map<String, SourceProperty> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        SourceProperty[] additional = {null};
        collectProperties(schema, pointer, properties, required, additional, new HashSet<>());

        NameScope members = new NameScope(RESERVED_MEMBERS);
        Map<String, String> javaNames = new LinkedHashMap<>();
        // Wire names that already are the natural Java name keep it; the others adapt around them.
        for (String wireName : properties.keySet()) {
            if (JavaNames.lowerCamel(wireName).equals(wireName) && !members.isTaken(wireName)) {
                javaNames.put(wireName, members.claim(wireName));
            }
        }
        for (String wireName : properties.keySet()) {
            javaNames.computeIfAbsent(wireName, w -> members.claim(JavaNames.lowerCamel(w)));
        }
        List<PropertyModel> models = new ArrayList<>();
        for (SourceProperty property : properties.values()) {
            Schema<?> propertySchema = property.schema();
            String context = javaName + JavaNames.upperCamel(property.wireName());
            models.add(new PropertyModel(
                    property.wireName(),
                    javaNames.get(property.wireName()),
                    typeUse(propertySchema, context, property.pointer()),
                    required.contains(property.wireName()),
                    isNullable(effective(propertySchema)),
                    documentation(propertySchema),
                    Boolean.TRUE.equals(propertySchema.getDeprecated()),
                    null));
        }
        // Typed at the pointer where the schema is (perhaps in an allOf part elsewhere), so a schema
        // whose additionalProperties refer back to it is one type, not an endless chain of them.
        TypeUse additionalType = additional[0] != null
                ? typeUse(additional[0].schema(), javaName + "Value", additional[0].pointer())
                : TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        String additionalName = members.claim("additionalProperties");
        return new ObjectDecl(
                javaName,
                documentation(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                pointer,
                List.copyOf(models),
                additionalType,
                additionalName,
                List.of(),
                "Builder");
    }

    /** Merges the properties of a schema and, depth first, of its allOf parts. */
    private void collectProperties(
            Schema<?> schema,
            String pointer,
            Map<String, SourceProperty> properties,
            Set<String> required,
            SourceProperty[] additional,
            Set<String> visited) {
        if (schema.get$ref() != null) {
            String name = componentName(schema.get$ref());
            Schema<?> target = name == null ? null : components.get(name);
            if (target == null) {
                diagnostics.error(pointer + "/$ref", "reference '" + schema.get$ref() + "' points to no component schema");
                return;
            }
            if (visited.add(name)) {
                collectProperties(target, COMPONENTS + LocationIndex.escape(name), properties, required, additional, visited);
            }
            return;
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                collectProperties(schema.getAllOf().get(i), pointer + "/allOf/" + i, properties, required, additional, visited);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((wireName, propertySchema) -> properties.put(
                    wireName,
                    new SourceProperty(wireName, propertySchema, pointer + "/properties/" + LocationIndex.escape(wireName))));
        }
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> valueSchema) {
            additional[0] = new SourceProperty(null, valueSchema, pointer + "/additionalProperties");
        }
    }

    private static String componentName(String ref) {
        return ref.startsWith("#" + COMPONENTS) ? ref.substring(("#" + COMPONENTS).length()) : null;
    }

    /** The schema a reference stands for, for reading flags such as nullable through aliases. */
    private Schema<?> effective(Schema<?> schema) {
        String name = schema.get$ref() == null ? null : componentName(schema.get$ref());
        Schema<?> target = name == null ? null : components.get(name);
        return target == null ? schema : target;
    }

    private static String documentation(Schema<?> schema) {
        if (schema.getDescription() != null && !schema.getDescription().isBlank()) {
            return schema.getDescription();
        }
        return schema.getTitle();
    }

    // ---- enums -----------------------------------------------------------------------------

    private EnumDecl enumDecl(String javaName, Schema<?> schema, String pointer) {
        NameScope constants = new NameScope(Set.of());
        List<EnumConstant> enumConstants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object value : schema.getEnum()) {
            if (value != null && seen.add((String) value)) {
                enumConstants.add(new EnumConstant(constants.claim(JavaNames.upperSnake((String) value)), (String) value));
            }
        }
        return new EnumDecl(
                javaName,
                documentation(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                pointer,
                List.copyOf(enumConstants),
                constants.claim("UNRECOGNIZED"),
                javaName.equals("Value") ? "KnownValue" : "Value");
    }

    // ---- unions ----------------------------------------------------------------------------

    private UnionDecl unionDecl(String javaName, Schema<?> schema, String pointer) {
        Discriminator discriminator = schema.getDiscriminator();
        List<Schema> members = discriminatedUnion(schema);
        String memberKeyword = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
        List<UnionVariant> variants = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Schema<?> member = members.get(i);
            String memberPointer = pointer + "/" + memberKeyword + "/" + i;
            String componentName = member.get$ref() == null ? null : componentName(member.get$ref());
            String variantJavaName;
            List<String> values = new ArrayList<>();
            if (componentName != null) {
                variantJavaName = componentTypeNames.get(componentName);
                if (discriminator.getMapping() != null) {
                    discriminator.getMapping().forEach((value, target) -> {
                        String targetName = target.startsWith("#") ? componentName(target) : target;
                        if (componentName.equals(targetName)) {
                            values.add(value);
                        }
                    });
                }
                if (values.isEmpty()) {
                    values.add(componentName);
                }
            } else {
                String inlineValue = singleEnumValue(member, discriminator.getPropertyName());
                variantJavaName = claimTypeName(javaName + JavaNames.upperCamel(inlineValue));
                declare(variantJavaName, member, memberPointer);
                values.add(inlineValue);
            }
            for (String value : values) {
                variants.add(new UnionVariant(value, variantJavaName));
            }
        }
        Set<String> nestedTaken = new HashSet<>();
        nestedTaken.add(javaName);
        variants.forEach(variant -> nestedTaken.add(variant.javaName()));
        NameScope nested = new NameScope(nestedTaken);
        return new UnionDecl(
                javaName,
                documentation(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                pointer,
                discriminator.getPropertyName(),
                List.copyOf(variants),
                nested.claim("Unknown"),
                nested.claim("Deserializer"));
    }

    private static String singleEnumValue(Schema<?> member, String property) {
        if (member.getProperties() == null) {
            return null;
        }
        Schema<?> discriminatorSchema = member.getProperties().get(property);
        if (discriminatorSchema == null || discriminatorSchema.getEnum() == null || discriminatorSchema.getEnum().size() != 1) {
            return null;
        }
        Object value = discriminatorSchema.getEnum().get(0);
        return value instanceof String text ? text : null;
    }

    /**
     * Tells each variant record which unions it belongs to, and makes its discriminator property
     * a plain string that a builder fills in: the union, not an enum, decides what it may hold.
     */
    private void linkUnionVariants(ClientModel client) {
        Set<String> replacedTypes = new HashSet<>();
        Map<String, List<UnionDecl>> unionsByVariant = new LinkedHashMap<>();
        for (TypeDecl decl : declared.values()) {
            if (decl instanceof UnionDecl union) {
                union.variants().stream()
                        .map(UnionVariant::javaName)
                        .distinct()
                        .forEach(variant -> unionsByVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(union));
            }
        }
        unionsByVariant.forEach((variantName, unions) -> {
            ObjectDecl variant = (ObjectDecl) declared.get(variantName);
            List<PropertyModel> properties = new ArrayList<>(variant.properties());
            for (UnionDecl union : unions) {
                List<String> values = union.variants().stream()
                        .filter(v -> v.javaName().equals(variantName))
                        .map(UnionVariant::discriminatorValue)
                        .toList();
                String fixedValue = values.size() == 1 ? values.get(0) : null;
                // Every variant declares the property: discriminatedUnion() admits no other.
                int index = indexOfWireName(properties, union.discriminatorProperty());
                PropertyModel property = properties.get(index);
                if (property.type().type() instanceof TypeRef.Declared replaced) {
                    replacedTypes.add(replaced.javaName());
                }
                properties.set(index, new PropertyModel(
                        property.wireName(),
                        property.javaName(),
                        TypeUse.of(new TypeRef.Scalar(ScalarKind.STRING)),
                        property.required(),
                        false,
                        property.description(),
                        property.deprecated(),
                        fixedValue));
            }
            declared.put(variantName, new ObjectDecl(
                    variant.javaName(),
                    variant.description(),
                    variant.deprecated(),
                    variant.pointer(),
                    List.copyOf(properties),
                    variant.additionalProperties(),
                    variant.additionalPropertiesName(),
                    unions.stream().map(UnionDecl::javaName).sorted().toList(),
                    variant.builderName()));
        });
        // Inline enums that only typed a variant's discriminator are no longer referenced.
        declared.values().removeIf(decl -> replacedTypes.contains(decl.javaName()) && !isReferenced(decl.javaName(), client));
    }

    /**
     * Names each record's nested builder {@code Builder}, unless the record or a type it refers to
     * has that name: inside the record the nested class would shadow that type, and JavaPoet does
     * not qualify it.
     */
    private void nameBuilders() {
        declared.replaceAll((name, decl) -> {
            if (!(decl instanceof ObjectDecl object)) {
                return decl;
            }
            Set<String> shadowed = new HashSet<>();
            shadowed.add(object.javaName());
            object.properties().forEach(property -> declaredNames(property.type(), shadowed));
            declaredNames(object.additionalProperties(), shadowed);
            String builderName = "Builder";
            while (shadowed.contains(builderName)) {
                builderName += "_";
            }
            return builderName.equals(object.builderName()) ? object : new ObjectDecl(
                    object.javaName(),
                    object.description(),
                    object.deprecated(),
                    object.pointer(),
                    object.properties(),
                    object.additionalProperties(),
                    object.additionalPropertiesName(),
                    object.unions(),
                    builderName);
        });
    }

    private static void declaredNames(TypeUse use, Set<String> names) {
        if (use.type() instanceof TypeRef.Declared declaredRef) {
            names.add(declaredRef.javaName());
        } else if (use.type() instanceof TypeRef.ListOf list) {
            declaredNames(list.element(), names);
        } else if (use.type() instanceof TypeRef.MapOf map) {
            declaredNames(map.value(), names);
        }
    }

    private static int indexOfWireName(List<PropertyModel> properties, String wireName) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).wireName().equals(wireName)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isReferenced(String javaName, ClientModel client) {
        if (componentTypeNames.containsValue(javaName)) {
            return true;
        }
        for (ApiGroup api : client.apis()) {
            for (OperationModel operation : api.operations()) {
                List<TypeUse> uses = new ArrayList<>(operation.errorTypes().values());
                operation.parameters().forEach(parameter -> uses.add(parameter.type()));
                if (operation.requestBody() != null) {
                    uses.add(operation.requestBody().type());
                }
                uses.add(operation.successType());
                uses.add(operation.defaultErrorType());
                if (uses.stream().anyMatch(use -> use != null && mentions(use, javaName))) {
                    return true;
                }
            }
        }
        for (TypeDecl decl : declared.values()) {
            if (decl instanceof ObjectDecl object) {
                for (PropertyModel property : object.properties()) {
                    if (mentions(property.type(), javaName)) {
                        return true;
                    }
                }
                if (mentions(object.additionalProperties(), javaName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentions(TypeUse use, String javaName) {
        if (use.type() instanceof TypeRef.Declared declaredRef) {
            return declaredRef.javaName().equals(javaName);
        }
        if (use.type() instanceof TypeRef.ListOf list) {
            return mentions(list.element(), javaName);
        }
        if (use.type() instanceof TypeRef.MapOf map) {
            return mentions(map.value(), javaName);
        }
        return false;
    }
}
