package io.specpoet.generator.model;

import io.specpoet.generator.model.ModelBuilder.ObjectPart;
import io.specpoet.generator.model.ModelBuilder.ObjectShape;
import io.specpoet.generator.model.TypeDecl.JsonKind;
import io.specpoet.generator.model.TypeDecl.Match;
import io.specpoet.generator.model.TypeDecl.ObjectDecl;
import io.specpoet.generator.model.TypeDecl.UnionDecl;
import io.specpoet.generator.model.TypeDecl.UnionVariant;
import io.specpoet.generator.model.TypeDecl.VariantPlan;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links oneOf/anyOf schemas into unions with their deduction plans: per variant the kinds of JSON
 * value it allows, its required and single-valued properties, allowed values, closed property
 * set and discriminator values. Names: an object member is its record; any other member is a
 * wrapper nested in the union, named for what it holds ({@code StringValue}, {@code LongValue},
 * {@code CustomerValue}, {@code StringList}, {@code StringMap}); the factory of a variant is its
 * name in lowerCamel, its visitor method {@code visit} + its name.
 */
final class UnionBuilder {

    /** Methods every union has, or that an interface may not declare. */
    private static final Set<String> RESERVED_METHODS = Set.of(
            "accept", "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private final ModelBuilder model;

    UnionBuilder(ModelBuilder model) {
        this.model = model;
    }

    /** A member before naming: the record it is, or the type a wrapper holds. */
    private record Member(String recordName, TypeUse wrapped, VariantPlan plan) {}

    /**
     * @param description the union's documentation: for a shared inline union, what its uses agree
     *     on, not its first use's
     */
    UnionDecl unionDecl(
            String javaName,
            Schema<?> schema,
            String pointer,
            SchemaShape.Union union,
            String description,
            boolean deprecated) {
        Discriminator discriminator = schema.getDiscriminator();
        String property = discriminator == null ? null : discriminator.getPropertyName();
        boolean composed =
                (schema.getProperties() != null && !schema.getProperties().isEmpty())
                        || (schema.getAllOf() != null && !schema.getAllOf().isEmpty());
        List<Member> members = new ArrayList<>();
        Map<String, Integer> recordIndex = new LinkedHashMap<>();
        for (SchemaShape.IndexedMember indexed : union.members()) {
            Schema<?> member = indexed.schema();
            String memberPointer = pointer + "/" + union.keyword() + "/" + indexed.index();
            String recordName = null;
            TypeUse use = null;
            List<ObjectPart> parts = List.of(new ObjectPart(member, memberPointer));
            if (model.isRecordVariant(member) && composed) {
                // allOf (or properties) beside the union: each object member merges the shared part.
                parts = sharedParts(schema, pointer);
                parts.add(new ObjectPart(member, memberPointer));
                recordName = model.nameClaimedAhead(memberPointer) != null
                        ? model.nameClaimedAhead(memberPointer)
                        : model.claimName(javaName + recordSuffix(member, property));
                model.declared().put(recordName, model.objectDecl(recordName, member, memberPointer, parts));
            } else if (model.isRecordVariant(member)) {
                use = model.typeUse(member, javaName + recordSuffix(member, property), memberPointer);
                if (use.type() instanceof TypeRef.Declared declaredRef) {
                    recordName = declaredRef.javaName();
                    use = null;
                }
            } else {
                use = model.typeUse(member, javaName + valueSuffix(member), memberPointer);
            }
            if (recordName != null && recordIndex.containsKey(recordName)) {
                // The same record twice: one variant, named by every discriminator value of both.
                int at = recordIndex.get(recordName);
                Member first = members.get(at);
                List<String> values = new ArrayList<>(first.plan().discriminatorValues());
                discriminatorValues(member, property, discriminator, parts).stream()
                        .filter(value -> !values.contains(value))
                        .forEach(values::add);
                VariantPlan plan = first.plan();
                members.set(
                        at,
                        new Member(
                                recordName,
                                null,
                                new VariantPlan(
                                        plan.kinds(),
                                        List.copyOf(values),
                                        plan.required(),
                                        plan.constants(),
                                        plan.allowedValues(),
                                        plan.closedProperties())));
                continue;
            }
            VariantPlan plan = recordName != null
                    ? recordPlan(member, parts, discriminatorValues(member, property, discriminator, parts))
                    : new VariantPlan(
                            kindsOf(member, new HashSet<>()),
                            List.of(),
                            List.of(),
                            Map.of(),
                            allowedValues(member, new HashSet<>()),
                            null);
            if (recordName != null) {
                recordIndex.put(recordName, members.size());
            }
            members.add(new Member(recordName, use, plan));
        }

        Set<String> nestedTaken = new HashSet<>();
        nestedTaken.add(javaName);
        members.stream().filter(m -> m.recordName() != null).forEach(m -> nestedTaken.add(m.recordName()));
        NameScope nested = new NameScope(nestedTaken);
        NameScope methods = new NameScope(RESERVED_METHODS);
        List<UnionVariant> variants = new ArrayList<>();
        for (Member member : members) {
            String name =
                    member.recordName() != null ? member.recordName() : nested.claim(wrapperName(member.wrapped()));
            variants.add(new UnionVariant(
                    name, member.wrapped(), methods.claim(JavaNames.lowerCamel(name)), "visit" + name, member.plan()));
        }
        String unknown = nested.claim("Unknown");
        return new UnionDecl(
                javaName,
                description,
                deprecated,
                pointer,
                union.keyword().equals("oneOf") ? Match.ONE_OF : Match.ANY_OF,
                property,
                List.copyOf(variants),
                unknown,
                nested.claim("Deserializer"),
                nested.claim("Visitor"),
                List.of(),
                null);
    }

    /**
     * The union of a parent schema whose discriminator picks among its subtypes. Its variants are
     * the record of the parent's own shape, the subtypes' records, and intermediate parents'
     * unions; its deserializer binds every record of the hierarchy by the discriminator value
     * naming it, and the parent's own record when the value names none.
     */
    UnionDecl parentDecl(String javaName, Schema<?> schema, String pointer, Hierarchies.Parent parent) {
        Hierarchies hierarchies = model.hierarchies();
        String base = model.baseRecordName(parent.name());
        Set<String> reserved = new HashSet<>(RESERVED_METHODS);
        reserved.add("builder");
        NameScope methods = new NameScope(reserved);
        List<UnionVariant> variants = new ArrayList<>();
        variants.add(parentVariant(base, hierarchies.discriminatorValues(parent, parent.name()), methods));
        for (String subtype : parent.subtypes()) {
            variants.add(parentVariant(
                    model.componentTypeName(subtype), hierarchies.discriminatorValues(parent, subtype), methods));
        }
        List<UnionVariant> readVariants = new ArrayList<>();
        collectReadVariants(parent, parent, readVariants, new HashSet<>());

        Set<String> nestedTaken = new HashSet<>();
        nestedTaken.add(javaName);
        variants.forEach(variant -> nestedTaken.add(variant.javaName()));
        NameScope nested = new NameScope(nestedTaken);
        return new UnionDecl(
                javaName,
                ModelBuilder.documentationOf(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                pointer,
                Match.ONE_OF,
                parent.discriminator().getPropertyName(),
                List.copyOf(variants),
                nested.claim("Unknown"),
                nested.claim("Deserializer"),
                nested.claim("Visitor"),
                parent.parents().stream().map(model::componentTypeName).toList(),
                new TypeDecl.Subtypes(
                        base,
                        "Builder",
                        null,
                        variants.get(0).plan().discriminatorValues().get(0),
                        List.copyOf(readVariants)));
    }

    private static UnionVariant parentVariant(String javaName, List<String> values, NameScope methods) {
        return new UnionVariant(
                javaName, null, methods.claim(JavaNames.lowerCamel(javaName)), "visit" + javaName, objectPlan(values));
    }

    private static VariantPlan objectPlan(List<String> discriminatorValues) {
        return new VariantPlan(
                EnumSet.of(JsonKind.OBJECT), List.copyOf(discriminatorValues), List.of(), Map.of(), null, null);
    }

    /**
     * Every record below {@code current}, each with the values of {@code root}'s discriminator
     * naming it: an intermediate parent adds its own record and its subtypes'.
     */
    private void collectReadVariants(
            Hierarchies.Parent root, Hierarchies.Parent current, List<UnionVariant> read, Set<String> visited) {
        if (!visited.add(current.name())) {
            return;
        }
        Hierarchies hierarchies = model.hierarchies();
        read.add(new UnionVariant(
                model.baseRecordName(current.name()),
                null,
                null,
                null,
                objectPlan(hierarchies.discriminatorValues(root, current.name()))));
        for (String subtype : current.subtypes()) {
            Hierarchies.Parent intermediate = hierarchies.parents().get(subtype);
            if (intermediate != null) {
                collectReadVariants(root, intermediate, read, visited);
            } else if (visited.add(subtype)) {
                read.add(new UnionVariant(
                        model.componentTypeName(subtype),
                        null,
                        null,
                        null,
                        objectPlan(hierarchies.discriminatorValues(root, subtype))));
            }
        }
    }

    /**
     * Tells each parent schema's union the builder of its own record and its method for the
     * discriminator, once builders are named.
     */
    void linkBaseBuilders() {
        model.declared().replaceAll((name, decl) -> {
            if (!(decl instanceof UnionDecl union) || union.subtypes() == null) {
                return decl;
            }
            TypeDecl.Subtypes subtypes = union.subtypes();
            ObjectDecl base = (ObjectDecl) model.declared().get(subtypes.baseRecord());
            int discriminator = indexOfWireName(base.properties(), union.discriminatorProperty());
            // Preset only a plain, unconstrained string: an enum or a pattern may not allow the
            // parent's own value.
            TypeUse type = discriminator < 0
                    ? null
                    : base.properties().get(discriminator).type();
            String setter = type != null && type.equals(TypeUse.of(new TypeRef.Scalar(ScalarKind.STRING)))
                    ? base.properties().get(discriminator).javaName()
                    : null;
            return new UnionDecl(
                    union.javaName(),
                    union.description(),
                    union.deprecated(),
                    union.pointer(),
                    union.match(),
                    union.discriminatorProperty(),
                    union.variants(),
                    union.unknownVariantName(),
                    union.deserializerName(),
                    union.visitorName(),
                    union.superUnions(),
                    new TypeDecl.Subtypes(
                            subtypes.baseRecord(),
                            base.builderName(),
                            setter,
                            subtypes.baseDiscriminatorValue(),
                            subtypes.readVariants()));
        });
    }

    /** The allOf parts and own properties a composed union's object members share. */
    private static List<ObjectPart> sharedParts(Schema<?> schema, String pointer) {
        List<ObjectPart> parts = new ArrayList<>();
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                parts.add(new ObjectPart(schema.getAllOf().get(i), pointer + "/allOf/" + i));
            }
        }
        Schema<Object> own = new Schema<>();
        own.setProperties(schema.getProperties());
        own.setRequired(schema.getRequired());
        own.setAdditionalProperties(schema.getAdditionalProperties());
        parts.add(new ObjectPart(own, pointer));
        return parts;
    }

    /** Names an inline object member: its title, else its discriminator value, else "Object". */
    private static String recordSuffix(Schema<?> member, String property) {
        if (member.getTitle() != null
                && !JavaNames.upperCamel(member.getTitle()).isEmpty()) {
            return JavaNames.upperCamel(member.getTitle());
        }
        Object value = property == null || member.getProperties() == null
                ? null
                : singleValue(member.getProperties().get(property));
        return value instanceof String text && !text.isEmpty() ? JavaNames.upperCamel(text) : "Object";
    }

    /** Names an inline type a wrapper holds, such as an enum. */
    private static String valueSuffix(Schema<?> member) {
        if (member.getTitle() != null
                && !JavaNames.upperCamel(member.getTitle()).isEmpty()) {
            return JavaNames.upperCamel(member.getTitle());
        }
        SchemaShape shape = SchemaShape.of(member);
        return shape instanceof SchemaShape.EnumShape ? "Enum" : shape instanceof SchemaShape.Union ? "Union" : "Value";
    }

    /** {@code StringValue}, {@code LongValue}, {@code CustomerValue}, {@code StringList}, {@code CustomerMap}. */
    private static String wrapperName(TypeUse use) {
        TypeRef type = use.type();
        if (type instanceof TypeRef.ListOf list) {
            return heldName(list.element()) + "List";
        }
        if (type instanceof TypeRef.MapOf map) {
            return heldName(map.value()) + "Map";
        }
        return heldName(use) + "Value";
    }

    static String heldName(TypeUse use) {
        TypeRef type = use.type();
        if (type instanceof TypeRef.Declared declaredRef) {
            return declaredRef.javaName();
        }
        if (type instanceof TypeRef.ListOf list) {
            return heldName(list.element()) + "List";
        }
        if (type instanceof TypeRef.MapOf map) {
            return heldName(map.value()) + "Map";
        }
        if (type instanceof TypeRef.External external) {
            // A mapped class: the user's class cannot implement the union, so a wrapper holds it.
            return external.className().substring(external.className().lastIndexOf('.') + 1);
        }
        return switch (((TypeRef.Scalar) type).kind()) {
            case STRING -> "String";
            case BOOLEAN -> "Boolean";
            case INT32 -> "Integer";
            case INT64 -> "Long";
            case BIG_INTEGER -> "BigInteger";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case DECIMAL -> "BigDecimal";
            case DATE_TIME -> "DateTime";
            case DATE -> "Date";
            case UUID -> "Uuid";
            case URI -> "Uri";
            case BYTES, BINARY -> "Bytes";
            case ANY_JSON -> "Any";
        };
    }

    // ---- deduction plans -------------------------------------------------------------------

    private VariantPlan recordPlan(Schema<?> member, List<ObjectPart> parts, List<String> discriminatorValues) {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ObjectPart part : parts) {
            ObjectShape shape = model.objectShape(part.schema(), part.pointer());
            properties.putAll(shape.properties());
            shape.required().stream().filter(name -> !required.contains(name)).forEach(required::add);
        }
        Map<String, Object> constants = new LinkedHashMap<>();
        properties.forEach((name, schema) -> {
            Object value = literal(singleValue(schema));
            if (value != null) {
                constants.put(name, value);
            }
        });
        Schema<?> resolved = model.resolve(member);
        List<String> closed = Boolean.FALSE.equals(resolved.getAdditionalProperties()) && parts.size() == 1
                ? List.copyOf(properties.keySet())
                : null;
        return new VariantPlan(
                EnumSet.of(JsonKind.OBJECT), discriminatorValues, List.copyOf(required), constants, null, closed);
    }

    /** The values of the discriminator that name an object member. */
    private List<String> discriminatorValues(
            Schema<?> member, String property, Discriminator discriminator, List<ObjectPart> parts) {
        if (property == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        String componentName = member.get$ref() == null ? null : ModelBuilder.componentNameOf(member.get$ref());
        if (componentName != null) {
            if (discriminator.getMapping() != null) {
                discriminator.getMapping().forEach((value, target) -> {
                    String targetName = target.startsWith("#") ? ModelBuilder.componentNameOf(target) : target;
                    if (componentName.equals(targetName)) {
                        values.add(value);
                    }
                });
            }
            if (values.isEmpty()) {
                values.add(componentName);
            }
            return values;
        }
        for (ObjectPart part : parts) {
            Schema<?> propertySchema = model.objectShape(part.schema(), part.pointer())
                    .properties()
                    .get(property);
            if (propertySchema != null && singleValue(propertySchema) instanceof String text) {
                return List.of(text);
            }
        }
        return List.of();
    }

    /** The one value an enum of one (or a const) allows, or null. */
    private static Object singleValue(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getEnum() != null && schema.getEnum().size() == 1) {
            return schema.getEnum().get(0);
        }
        return schema.getConst();
    }

    /** A JSON scalar as the plan holds it (String, Boolean or BigDecimal), or null. */
    private static Object literal(Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return null;
    }

    /** The values an enum member allows, following references, or null if it is no enum. */
    private List<Object> allowedValues(Schema<?> schema, Set<String> visited) {
        SchemaShape shape = SchemaShape.of(schema);
        if (shape instanceof SchemaShape.Reference reference) {
            String name = ModelBuilder.componentNameOf(reference.ref());
            Schema<?> target = name == null ? null : model.components().get(name);
            return target != null && visited.add(name) ? allowedValues(target, visited) : null;
        }
        if (shape instanceof SchemaShape.SameAs sameAs) {
            return allowedValues(sameAs.member(), visited);
        }
        List<SchemaShape.EnumValue> listed = SchemaShape.enumValues(schema);
        if (listed.isEmpty() || shape instanceof SchemaShape.Union) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (SchemaShape.EnumValue value : listed) {
            Object literal = literal(value.value());
            if (literal == null) {
                return null;
            }
            values.add(literal);
        }
        return List.copyOf(values);
    }

    /** The kinds of JSON value a schema allows; all of them where it does not say. */
    Set<JsonKind> kindsOf(Schema<?> schema, Set<String> visited) {
        SchemaShape shape = SchemaShape.of(schema);
        if (shape instanceof SchemaShape.Reference reference) {
            String name = ModelBuilder.componentNameOf(reference.ref());
            Schema<?> target = name == null ? null : model.components().get(name);
            return target != null && visited.add(name) ? kindsOf(target, visited) : EnumSet.allOf(JsonKind.class);
        }
        if (shape instanceof SchemaShape.SameAs sameAs) {
            return kindsOf(sameAs.member(), visited);
        }
        if (shape instanceof SchemaShape.Union union) {
            Set<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
            union.members().forEach(member -> kinds.addAll(kindsOf(member.schema(), visited)));
            return kinds;
        }
        if (shape instanceof SchemaShape.EnumShape enumShape) {
            return enumShape.wireKind() == ScalarKind.STRING
                    ? EnumSet.of(JsonKind.STRING)
                    : enumShape.wireKind() == ScalarKind.INT32 || enumShape.wireKind() == ScalarKind.INT64
                            ? EnumSet.of(JsonKind.INTEGER)
                            : EnumSet.of(JsonKind.NUMBER);
        }
        if (shape instanceof SchemaShape.RecordShape || shape instanceof SchemaShape.MapShape) {
            return EnumSet.of(JsonKind.OBJECT);
        }
        if (shape instanceof SchemaShape.ListShape) {
            return EnumSet.of(JsonKind.ARRAY);
        }
        Set<String> types = SchemaShape.types(schema);
        Set<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
        for (String type : types) {
            switch (type) {
                case "string" -> kinds.add(JsonKind.STRING);
                case "integer" -> kinds.add(JsonKind.INTEGER);
                case "number" -> kinds.add(JsonKind.NUMBER);
                case "boolean" -> kinds.add(JsonKind.BOOLEAN);
                case "object" -> kinds.add(JsonKind.OBJECT);
                case "array" -> kinds.add(JsonKind.ARRAY);
                default -> {}
            }
        }
        return kinds.isEmpty() ? EnumSet.allOf(JsonKind.class) : kinds;
    }

    // ---- linking variants ------------------------------------------------------------------

    /**
     * Tells each variant record which unions it belongs to. In a discriminated union, the
     * discriminator property of a variant that declares it becomes a plain string that a builder
     * fills in: the union, not an enum, decides what it may hold.
     */
    void linkVariants(ClientModel client) {
        Map<String, TypeDecl> declared = model.declared();
        Set<String> replacedTypes = new HashSet<>();
        Map<String, List<UnionDecl>> unionsByVariant = new LinkedHashMap<>();
        for (TypeDecl decl : declared.values()) {
            if (decl instanceof UnionDecl union) {
                union.variants().stream()
                        .filter(variant -> !variant.isWrapper())
                        .forEach(variant -> unionsByVariant
                                .computeIfAbsent(variant.javaName(), v -> new ArrayList<>())
                                .add(union));
            }
        }
        unionsByVariant.forEach((variantName, unions) -> {
            if (!(declared.get(variantName) instanceof ObjectDecl variant)) {
                return;
            }
            List<PropertyModel> properties = new ArrayList<>(variant.properties());
            for (UnionDecl union : unions) {
                int index = union.discriminatorProperty() == null
                        ? -1
                        : indexOfWireName(properties, union.discriminatorProperty());
                // A parent's own record holds any value naming no subtype, as its schema types it.
                boolean base = union.subtypes() != null
                        && union.subtypes().baseRecord().equals(variantName);
                if (index < 0 || base) {
                    continue;
                }
                List<String> values = union.variants().stream()
                        .filter(v -> v.javaName().equals(variantName))
                        .flatMap(v -> v.plan().discriminatorValues().stream())
                        .toList();
                PropertyModel property = properties.get(index);
                if (property.type().type() instanceof TypeRef.Declared replaced) {
                    replacedTypes.add(replaced.javaName());
                }
                properties.set(
                        index,
                        new PropertyModel(
                                property.wireName(),
                                property.javaName(),
                                TypeUse.of(new TypeRef.Scalar(ScalarKind.STRING)),
                                property.required(),
                                false,
                                property.description(),
                                property.deprecated(),
                                values.size() == 1 ? values.get(0) : null));
            }
            declared.put(
                    variantName,
                    new ObjectDecl(
                            variant.javaName(),
                            variant.description(),
                            variant.deprecated(),
                            variant.pointer(),
                            List.copyOf(properties),
                            variant.additionalProperties(),
                            variant.additionalPropertiesName(),
                            unions.stream()
                                    .map(UnionDecl::javaName)
                                    .sorted()
                                    .distinct()
                                    .toList(),
                            variant.builderName(),
                            variant.constraints()));
        });
        // Inline enums that only typed a variant's discriminator are no longer referenced.
        declared.values()
                .removeIf(decl -> replacedTypes.contains(decl.javaName()) && !isReferenced(decl.javaName(), client));
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
        if (model.isComponentType(javaName)) {
            return true;
        }
        List<TypeUse> uses = new ArrayList<>();
        for (ApiGroup api : client.apis()) {
            for (OperationModel operation : api.operations()) {
                uses.addAll(operation.errorTypes().values());
                operation.parameters().forEach(parameter -> uses.add(parameter.type()));
                if (operation.requestBody() != null) {
                    uses.add(operation.requestBody().type());
                }
                uses.add(operation.successType());
                uses.add(operation.defaultErrorType());
            }
        }
        for (TypeDecl decl : model.declared().values()) {
            if (decl instanceof ObjectDecl object) {
                object.properties().forEach(property -> uses.add(property.type()));
                uses.add(object.additionalProperties());
            } else if (decl instanceof UnionDecl union) {
                union.variants().stream().filter(UnionVariant::isWrapper).forEach(v -> uses.add(v.wrapped()));
                union.variants().stream()
                        .filter(v -> !v.isWrapper())
                        .forEach(v -> uses.add(TypeUse.of(new TypeRef.Declared(v.javaName()))));
            }
        }
        return uses.stream().anyMatch(use -> use != null && mentions(use, javaName));
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
