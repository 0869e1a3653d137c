package io.specpoet.generator.model;

import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.specpoet.generator.model.TypeDecl.EnumConstant;
import io.specpoet.generator.model.TypeDecl.EnumDecl;
import io.specpoet.generator.model.TypeDecl.ObjectDecl;
import io.specpoet.generator.pattern.PatternTranslator;
import io.specpoet.generator.pattern.UnsupportedPatternException;
import io.swagger.v3.oas.models.OpenAPI;
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

    /** Writes enum and const values back as JSON text, numbers as written in the spec. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Members every record has, or that records may not declare as components. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "builder",
            "toBuilder",
            "hashCode",
            "toString",
            "equals",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private final OpenAPI openApi;
    private final Map<String, Schema<?>> components;
    private final Diagnostics diagnostics;
    private final Map<String, String> typeMappings;
    private final Map<String, String> schemaMappings;
    private final NameScope typeNames = new NameScope(JavaNames.JAVA_LANG_TYPES, true);
    private final Map<String, String> componentTypeNames = new LinkedHashMap<>();
    private final Map<String, TypeDecl> declared = new LinkedHashMap<>();
    private final Set<String> aliasesInProgress = new HashSet<>();
    private final UnionBuilder unions = new UnionBuilder(this);
    private Hierarchies hierarchies;

    /** The record of each parent schema's own shape, by the parent's component name. */
    private final Map<String, String> baseRecordNames = new LinkedHashMap<>();

    private SharedUnions sharedUnions;

    /** Names claimed ahead for the inline members of shared unions, by the member's pointer. */
    private final Map<String, String> claimedAhead = new HashMap<>();

    /** Inline types by the pointer of their schema: one schema is one type, however often used. */
    private final Map<String, TypeUse> inlineTypes = new HashMap<>();

    public ModelBuilder(OpenAPI openApi, Diagnostics diagnostics) {
        this(openApi, diagnostics, Map.of(), Map.of());
    }

    /**
     * @param typeMappings the user's class for each {@code format}, in place of the default type
     * @param schemaMappings the user's class for each component schema named; those schemas are
     *     not generated
     */
    public ModelBuilder(
            OpenAPI openApi,
            Diagnostics diagnostics,
            Map<String, String> typeMappings,
            Map<String, String> schemaMappings) {
        this.openApi = openApi;
        this.diagnostics = diagnostics;
        this.typeMappings = typeMappings;
        this.schemaMappings = schemaMappings;
        Map<String, Schema> schemas =
                openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        Map<String, Schema<?>> copy = new LinkedHashMap<>();
        if (schemas != null) {
            schemas.forEach((name, schema) -> copy.put(name, schema));
            schemaMappings.keySet().stream()
                    .filter(name -> !schemas.containsKey(name))
                    .forEach(name -> diagnostics.error(
                            "/components/schemas",
                            "the schema mapping names '" + name + "', which is no component schema"));
        } else {
            schemaMappings
                    .keySet()
                    .forEach(name -> diagnostics.error(
                            "", "the schema mapping names '" + name + "', but the spec has no component schemas"));
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
        // A mapped schema is the user's class: it is neither generated nor takes a name.
        components.forEach((name, schema) -> {
            if (generatesType(name, schema) && JavaNames.upperCamel(name).equals(name) && !typeNames.isTaken(name)) {
                claimed.put(name, typeNames.claim(name));
            }
        });
        components.forEach((name, schema) -> {
            if (generatesType(name, schema)) {
                componentTypeNames.put(
                        name, claimed.computeIfAbsent(name, n -> claimTypeName(JavaNames.upperCamel(n))));
            }
        });
        hierarchies = new Hierarchies(
                components, name -> componentTypeNames.containsKey(name) && becomesRecord(components.get(name)));
        // Before any inline name, so a parent's own record is named after it wherever it is declared.
        hierarchies
                .parents()
                .keySet()
                .forEach(name -> baseRecordNames.put(name, claimTypeName(componentTypeNames.get(name) + "Base")));
        nameSharedUnions();
        componentTypeNames.forEach((name, javaName) -> {
            String pointer = COMPONENTS + LocationIndex.escape(name);
            Hierarchies.Parent parent = hierarchies.parents().get(name);
            if (parent != null) {
                String base = baseRecordNames.get(name);
                declared.put(base, recordDecl(base, javaName, components.get(name), pointer));
                declared.put(javaName, unions.parentDecl(javaName, components.get(name), pointer, parent));
            } else {
                declare(javaName, components.get(name), pointer);
            }
        });
        ClientModel client = new OperationsBuilder(openApi, this, diagnostics).build(clientName);
        unions.linkVariants(client);
        nameBuilders();
        unions.linkBaseBuilders();
        List<TypeDecl> types = new ArrayList<>(declared.values());
        types.sort(Comparator.comparing(TypeDecl::javaName));
        return new ApiModel(client, List.copyOf(types));
    }

    /**
     * Finds the inline unions used more than once and names each, before any inline type takes a
     * name: in the order of their names, then of their first pointer, so a clash is numbered the
     * same whatever order the spec lists them in.
     */
    private void nameSharedUnions() {
        Map<String, Schema<?>> typed = new LinkedHashMap<>();
        components.forEach((name, schema) -> {
            if (!schemaMappings.containsKey(name)) {
                typed.put(name, schema);
            }
        });
        sharedUnions = SharedUnions.survey(openApi, typed);
        record Candidate(SharedUnions.Group group, String name, String pointer) {}
        List<Candidate> sorted = sharedUnions.shared().stream()
                .map(group -> new Candidate(
                        group,
                        sharedUnionName(group.representative().schema()),
                        group.representative().pointer()))
                .sorted(Comparator.comparing(Candidate::name).thenComparing(Candidate::pointer))
                .toList();
        sorted.forEach(candidate -> candidate.group().name(claimTypeName(candidate.name())));
        // Their inline members named by a title, in the same order: a clash is numbered the same
        // whichever union the generator reaches first.
        for (Candidate candidate : sorted) {
            SchemaShape.Union union = (SchemaShape.Union)
                    SchemaShape.of(candidate.group().representative().schema());
            for (SchemaShape.IndexedMember member : union.members()) {
                String title = member.schema().getTitle();
                if (SchemaShape.of(member.schema()).isDeclared()
                        && title != null
                        && !JavaNames.words(title).isEmpty()) {
                    claimedAhead.put(
                            candidate.pointer() + "/" + union.keyword() + "/" + member.index(),
                            claimTypeName(JavaNames.upperCamel(title)));
                }
            }
        }
    }

    /** The name claimed ahead for the inline type at a pointer, or null. */
    String nameClaimedAhead(String pointer) {
        return claimedAhead.get(pointer);
    }

    /**
     * A shared union is named for its members, joined by {@code Or}: {@code StringOrCustomer},
     * {@code StringMapOrEmpty}; with more than three members, or past the length a type name is
     * shortened at, the first and {@code OrOthers}.
     */
    private String sharedUnionName(Schema<?> schema) {
        List<String> names = ((SchemaShape.Union) SchemaShape.of(schema))
                .members().stream().map(member -> memberName(member.schema())).toList();
        String joined = String.join("Or", names);
        // Shortening a long name would keep its first and last words, naming other members.
        return names.size() > 3 || joined.length() > JavaNames.MAX_TYPE_NAME_LENGTH
                ? names.get(0) + "OrOthers"
                : joined;
    }

    /**
     * A member's part of a shared union's name: a component's type name, else the member's {@code
     * title}; a one-value enum is named by its value ({@code ""} is {@code Empty}), another enum
     * {@code Enum}, an object {@code Object}, a union {@code Union}; lists, maps and scalars as
     * their wrappers are ({@code StringList}, {@code StringMap}, {@code Long}).
     */
    private String memberName(Schema<?> member) {
        SchemaShape shape = SchemaShape.of(member);
        if (shape instanceof SchemaShape.Reference reference) {
            String name = componentName(reference.ref());
            if (name == null) {
                return "Any";
            }
            String mapped = schemaMappings.get(name);
            if (mapped != null) {
                return mapped.substring(mapped.lastIndexOf('.') + 1);
            }
            return componentTypeNames.getOrDefault(name, JavaNames.upperCamel(name));
        }
        if (member.getTitle() != null && !JavaNames.words(member.getTitle()).isEmpty()) {
            return JavaNames.upperCamel(member.getTitle());
        }
        if (shape instanceof SchemaShape.SameAs sameAs) {
            return memberName(sameAs.member());
        }
        if (shape instanceof SchemaShape.EnumShape) {
            List<SchemaShape.EnumValue> values = SchemaShape.enumValues(member);
            String text = values.size() == 1 ? String.valueOf(values.get(0).value()) : null;
            if (text != null && text.isEmpty()) {
                return "Empty";
            }
            return text != null && Character.isLetter(text.codePointAt(0)) ? JavaNames.upperCamel(text) : "Enum";
        }
        if (shape instanceof SchemaShape.Union) {
            return "Union";
        }
        if (shape instanceof SchemaShape.RecordShape) {
            return "Object";
        }
        if (shape instanceof SchemaShape.ListShape) {
            return (member.getItems() == null ? "Any" : memberName(member.getItems())) + "List";
        }
        if (shape instanceof SchemaShape.MapShape) {
            return (member.getAdditionalProperties() instanceof Schema<?> values ? memberName(values) : "Any") + "Map";
        }
        return UnionBuilder.heldName(TypeUse.of(new TypeRef.Scalar(scalarKind(member, SchemaShape.types(member)))));
    }

    /** A type name for the model package; one that would shadow a java.lang type gets a suffix. */
    private String claimTypeName(String candidate) {
        String shortened = JavaNames.shortenTypeName(candidate);
        return typeNames.claim(JavaNames.JAVA_LANG_TYPES.contains(shortened) ? shortened + "Model" : shortened);
    }

    private boolean generatesType(String componentName, Schema<?> schema) {
        return !schemaMappings.containsKey(componentName) && declaresType(schema);
    }

    /**
     * Whether a component becomes a generated type of its own (rather than an alias of a scalar,
     * list, map or another type). A component that is an allOf/oneOf/anyOf of one object keeps a
     * record of its own name.
     */
    private boolean declaresType(Schema<?> schema) {
        SchemaShape shape = SchemaShape.of(schema);
        return shape.isDeclared() || (shape instanceof SchemaShape.SameAs sameAs && becomesRecord(sameAs.member()));
    }

    /** Whether a schema, following references and one-member compositions, is written as a record. */
    boolean becomesRecord(Schema<?> schema) {
        Set<String> visited = new HashSet<>();
        Schema<?> current = schema;
        while (current != null) {
            SchemaShape shape = SchemaShape.of(current);
            if (shape instanceof SchemaShape.RecordShape) {
                return true;
            }
            if (shape instanceof SchemaShape.SameAs sameAs) {
                current = sameAs.member();
            } else if (shape instanceof SchemaShape.Reference reference) {
                // A schema-mapped component is the user's class, not a record of ours.
                String name = componentName(reference.ref());
                current = name != null && !schemaMappings.containsKey(name) && visited.add(name)
                        ? components.get(name)
                        : null;
            } else {
                return false;
            }
        }
        return false;
    }

    private void declare(String javaName, Schema<?> schema, String pointer) {
        SchemaShape shape = SchemaShape.of(schema);
        TypeDecl decl;
        if (shape instanceof SchemaShape.EnumShape enumShape) {
            decl = enumDecl(javaName, schema, pointer, enumShape.wireKind());
        } else if (shape instanceof SchemaShape.Union union) {
            decl = unions.unionDecl(
                    javaName,
                    schema,
                    pointer,
                    union,
                    documentation(schema),
                    Boolean.TRUE.equals(schema.getDeprecated()));
        } else {
            decl = recordDecl(javaName, javaName, schema, pointer);
        }
        declared.put(javaName, decl);
    }

    /**
     * The record of an object schema, or of the one member of its oneOf/anyOf.
     *
     * @param context names the inline types of its properties: a parent schema's own record
     *     names them after the parent, as if the parent were the record
     */
    private ObjectDecl recordDecl(String javaName, String context, Schema<?> schema, String pointer) {
        if (SchemaShape.of(schema) instanceof SchemaShape.SameAs sameAs
                && !sameAs.pointerSuffix().startsWith("/allOf")) {
            schema = sameAs.member();
            pointer = pointer + sameAs.pointerSuffix();
        }
        return objectDecl(javaName, context, schema, pointer, List.of(new ObjectPart(schema, pointer)));
    }

    /**
     * Declares a shared union from its first use by pointer; its documentation is what every use
     * agrees on, so no one use's description is shown for all of them.
     */
    private void declareShared(SharedUnions.Group group) {
        SharedUnions.Use first = group.representative();
        declared.put(
                group.javaName(),
                unions.unionDecl(
                        group.javaName(),
                        first.schema(),
                        first.pointer(),
                        (SchemaShape.Union) SchemaShape.of(first.schema()),
                        group.documentation(),
                        group.allDeprecated()));
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
        SchemaShape shape = SchemaShape.of(schema);
        if (shape instanceof SchemaShape.Reference reference) {
            return referencedTypeUse(reference.ref(), pointer);
        }
        if (shape instanceof SchemaShape.SameAs sameAs) {
            return typeUse(sameAs.member(), context, pointer + sameAs.pointerSuffix());
        }
        if (shape.isDeclared()) {
            TypeUse known = inlineTypes.get(pointer);
            if (known != null) {
                return known;
            }
            SharedUnions.Group shared = shape instanceof SchemaShape.Union ? sharedUnions.groupOf(schema) : null;
            if (shared != null) {
                if (shared.type() == null) {
                    shared.declared(TypeUse.of(new TypeRef.Declared(shared.javaName())));
                    declareShared(shared);
                }
                inlineTypes.put(pointer, shared.type());
                return shared.type();
            }
            String javaName = claimedAhead.containsKey(pointer)
                    ? claimedAhead.get(pointer)
                    : claimTypeName(JavaNames.upperCamel(context));
            TypeUse use = TypeUse.of(new TypeRef.Declared(javaName));
            inlineTypes.put(pointer, use);
            declare(javaName, schema, pointer);
            return use;
        }
        Constraints constraints = constraints(schema, pointer);
        if (shape instanceof SchemaShape.ListShape) {
            TypeUse element = typeUse(schema.getItems(), context + "Item", pointer + "/items");
            return new TypeUse(new TypeRef.ListOf(element), constraints);
        }
        if (schema.getRequired() != null) {
            // An object without declared properties: every required name is looked up by name.
            constraints = constraints.withUndeclaredRequired(List.copyOf(new LinkedHashSet<>(schema.getRequired())));
        }
        if (shape instanceof SchemaShape.MapShape) {
            Object additional = schema.getAdditionalProperties();
            TypeUse value = additional instanceof Schema<?> valueSchema
                    ? typeUse(valueSchema, context + "Value", pointer + "/additionalProperties")
                    : TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
            return new TypeUse(new TypeRef.MapOf(value), constraints);
        }
        ScalarKind kind = scalarKind(schema, SchemaShape.types(schema));
        String mapped =
                schema.getFormat() == null || kind == ScalarKind.ANY_JSON ? null : typeMappings.get(schema.getFormat());
        if (mapped != null) {
            // The user's class need not support the schema's constraints: they are not checked.
            return TypeUse.of(new TypeRef.External(mapped, kind));
        }
        return new TypeUse(new TypeRef.Scalar(kind), constraints);
    }

    private TypeUse referencedTypeUse(String ref, String pointer) {
        if (!ref.startsWith("#" + COMPONENTS)) {
            diagnostics.error(
                    pointer + "/$ref", "unsupported: reference '" + ref + "' does not name a component schema");
            return TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        }
        String name = ref.substring(("#" + COMPONENTS).length());
        String mapped = schemaMappings.get(name);
        if (mapped != null) {
            return TypeUse.of(new TypeRef.External(mapped, null));
        }
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

    /**
     * Whether a property's schema accepts {@code null}, as JSON Schema judges it, which makes the
     * property a {@code Nullable<T>}: 3.0 {@code nullable}, 3.1 {@code type: [..., "null"]}; or,
     * for a schema without a type of its own, through what it is made of: the schema a reference
     * stands for, a oneOf/anyOf member that accepts null ({@code anyOf: [{type: object, nullable:
     * true}, $ref: Droplet]}, {@code oneOf: [{type: 'null'}, …]}), an allOf whose every part that
     * says what a value is accepts null ({@code allOf: [$ref: NullableWindow, {description: …}]}).
     * A declared type without null rejects null, whatever the members say.
     */
    private boolean acceptsNull(Schema<?> schema, Set<String> referencesInProgress) {
        if (schema.get$ref() != null) {
            String name = componentName(schema.get$ref());
            Schema<?> target = name == null ? null : components.get(name);
            if (target == null || !referencesInProgress.add(name)) {
                return false;
            }
            try {
                return acceptsNull(target, referencesInProgress);
            } finally {
                referencesInProgress.remove(name);
            }
        }
        Set<String> types = SchemaShape.types(schema);
        if (Boolean.TRUE.equals(schema.getNullable()) || types.contains("null")) {
            return true;
        }
        if (!types.isEmpty()) {
            return false;
        }
        for (List<Schema> members : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            if (members != null
                    && members.stream()
                            .anyMatch(member ->
                                    SchemaShape.isNullOnly(member) || acceptsNull(member, referencesInProgress))) {
                return true;
            }
        }
        if (schema.getAllOf() == null) {
            return false;
        }
        // Parts that only describe or constrain ({description: …}, {required: […]}) accept null.
        List<Schema> shapedParts =
                schema.getAllOf().stream().filter(SchemaShape::isShaped).toList();
        return !shapedParts.isEmpty() && shapedParts.stream().allMatch(part -> acceptsNull(part, referencesInProgress));
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
            boolean fitsLong = fitsLong(schema.getMinimum())
                    && fitsLong(schema.getMaximum())
                    && fitsLong(schema.getExclusiveMinimumValue())
                    && fitsLong(schema.getExclusiveMaximumValue());
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
                schema.getMaxItems(),
                positive(schema.getMultipleOf(), pointer + "/multipleOf"),
                Boolean.TRUE.equals(schema.getUniqueItems()),
                schema.getMinProperties(),
                schema.getMaxProperties(),
                allowedValues(schema, pointer),
                List.of());
    }

    private BigDecimal positive(BigDecimal multipleOf, String pointer) {
        if (multipleOf != null && multipleOf.signum() <= 0) {
            diagnostics.error(pointer, "multipleOf must be greater than 0, but is " + multipleOf.toPlainString());
            return null;
        }
        return multipleOf;
    }

    /**
     * {@code enum} values (unless an enum class holds them) and OpenAPI 3.1's {@code const},
     * as JSON text; null when the schema allows any value.
     */
    private List<String> allowedValues(Schema<?> schema, String pointer) {
        List<Object> values = new ArrayList<>();
        if (schema.getEnum() != null
                && !schema.getEnum().isEmpty()
                && !(SchemaShape.of(schema) instanceof SchemaShape.EnumShape)) {
            values.addAll(schema.getEnum());
        }
        if (schema.getConst() != null) {
            // const is the stricter keyword: with an enum too, only its value can be valid.
            values = new ArrayList<>(java.util.Collections.singletonList(schema.getConst()));
        }
        if (values.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof java.util.UUID || value instanceof java.net.URI) {
                value = value.toString();
            } else if (value instanceof java.util.Date || value instanceof java.time.temporal.Temporal) {
                // Swagger Parser turns date and date-time enum values into time objects (a Date in
                // the default time zone); their text is no longer the spec's, so none is checked.
                return null;
            }
            try {
                String text = JSON.writeValueAsString(value);
                if (!texts.contains(text)) {
                    texts.add(text);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                diagnostics.error(pointer + "/enum", "enum value cannot be written as JSON: " + e.getOriginalMessage());
            }
        }
        return List.copyOf(texts);
    }

    // ---- objects ---------------------------------------------------------------------------

    /** A property found while merging an object and its allOf parts. */
    private record SourceProperty(String wireName, Schema<?> schema, String pointer) {}

    /** One schema whose properties an object merges, with where it is. */
    record ObjectPart(Schema<?> schema, String pointer) {}

    /**
     * A record merging several parts, depth first and in order.
     *
     * @param schema the schema documenting the record
     */
    ObjectDecl objectDecl(String javaName, Schema<?> schema, String pointer, List<ObjectPart> parts) {
        return objectDecl(javaName, javaName, schema, pointer, parts);
    }

    private ObjectDecl objectDecl(
            String javaName, String context, Schema<?> schema, String pointer, List<ObjectPart> parts) {
        Map<String, SourceProperty> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        SourceProperty[] additional = {null};
        for (ObjectPart part : parts) {
            collectProperties(part.schema(), part.pointer(), properties, required, additional, new HashSet<>());
        }

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
            String propertyContext = context + JavaNames.upperCamel(property.wireName());
            models.add(new PropertyModel(
                    property.wireName(),
                    javaNames.get(property.wireName()),
                    typeUse(propertySchema, propertyContext, property.pointer()),
                    required.contains(property.wireName()),
                    acceptsNull(propertySchema, new HashSet<>()),
                    documentation(propertySchema),
                    Boolean.TRUE.equals(propertySchema.getDeprecated()),
                    null));
        }
        // Typed at the pointer where the schema is (perhaps in an allOf part elsewhere), so a schema
        // whose additionalProperties refer back to it is one type, not an endless chain of them.
        TypeUse additionalType = additional[0] != null
                ? typeUse(additional[0].schema(), context + "Value", additional[0].pointer())
                : TypeUse.of(new TypeRef.Scalar(ScalarKind.ANY_JSON));
        String additionalName = members.claim("additionalProperties");
        List<String> undeclaredRequired =
                required.stream().filter(name -> !properties.containsKey(name)).toList();
        return new ObjectDecl(
                javaName,
                documentation(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                pointer,
                List.copyOf(models),
                additionalType,
                additionalName,
                List.of(),
                "Builder",
                constraints(schema, pointer).withUndeclaredRequired(undeclaredRequired));
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
                diagnostics.error(
                        pointer + "/$ref", "reference '" + schema.get$ref() + "' points to no component schema");
                return;
            }
            if (visited.add(name)) {
                collectProperties(
                        target, COMPONENTS + LocationIndex.escape(name), properties, required, additional, visited);
            }
            return;
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                collectProperties(
                        schema.getAllOf().get(i), pointer + "/allOf/" + i, properties, required, additional, visited);
            }
        }
        SchemaShape.IndexedMember sole = SchemaShape.soleMember(schema);
        if (sole != null) {
            String keyword = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
            collectProperties(
                    sole.schema(),
                    pointer + "/" + keyword + "/" + sole.index(),
                    properties,
                    required,
                    additional,
                    visited);
        }
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach((wireName, propertySchema) -> properties.put(
                            wireName,
                            new SourceProperty(
                                    wireName,
                                    propertySchema,
                                    pointer + "/properties/" + LocationIndex.escape(wireName))));
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

    private EnumDecl enumDecl(String javaName, Schema<?> schema, String pointer, ScalarKind wireKind) {
        NameScope constants = new NameScope(Set.of());
        List<EnumConstant> enumConstants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SchemaShape.EnumValue listed : SchemaShape.enumValues(schema)) {
            Object value = listed.value();
            String wireValue = wireKind == ScalarKind.STRING
                    ? (String) value
                    : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
            if (seen.add(wireValue)) {
                String constant = listed.title() != null
                                && !JavaNames.words(listed.title()).isEmpty()
                        ? JavaNames.upperSnake(listed.title())
                        : wireKind == ScalarKind.STRING
                                ? JavaNames.upperSnake(wireValue)
                                : "VALUE_" + wireValue.replace("-", "MINUS_").replace('.', '_');
                enumConstants.add(new EnumConstant(constants.claim(constant), wireValue));
            }
        }
        return new EnumDecl(
                javaName,
                documentation(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                pointer,
                wireKind,
                List.copyOf(enumConstants),
                constants.claim("UNRECOGNIZED"),
                javaName.equals("Value") ? "KnownValue" : "Value");
    }

    // ---- for the union builder -------------------------------------------------------------

    Map<String, Schema<?>> components() {
        return components;
    }

    /**
     * Whether a union member is a record variant: a record, but not the union of a parent
     * schema, which a wrapper holds.
     */
    boolean isRecordVariant(Schema<?> member) {
        if (!becomesRecord(member)) {
            return false;
        }
        Set<String> visited = new HashSet<>();
        Schema<?> current = member;
        while (current != null) {
            SchemaShape shape = SchemaShape.of(current);
            if (shape instanceof SchemaShape.SameAs sameAs) {
                current = sameAs.member();
            } else if (shape instanceof SchemaShape.Reference reference) {
                String name = componentName(reference.ref());
                if (hierarchies.parents().containsKey(name)) {
                    return false;
                }
                if (componentTypeNames.containsKey(name)) {
                    return true;
                }
                current = name != null && visited.add(name) ? components.get(name) : null;
            } else {
                return true;
            }
        }
        return true;
    }

    Hierarchies hierarchies() {
        return hierarchies;
    }

    String componentTypeName(String componentName) {
        return componentTypeNames.get(componentName);
    }

    String baseRecordName(String componentName) {
        return baseRecordNames.get(componentName);
    }

    boolean isComponentType(String javaName) {
        return componentTypeNames.containsValue(javaName);
    }

    Map<String, TypeDecl> declared() {
        return declared;
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
            return builderName.equals(object.builderName())
                    ? object
                    : new ObjectDecl(
                            object.javaName(),
                            object.description(),
                            object.deprecated(),
                            object.pointer(),
                            object.properties(),
                            object.additionalProperties(),
                            object.additionalPropertiesName(),
                            object.unions(),
                            builderName,
                            object.constraints());
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

    /** The merged properties and required names of an object schema and its allOf parts. */
    ObjectShape objectShape(Schema<?> schema, String pointer) {
        Map<String, SourceProperty> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        SourceProperty[] additional = {null};
        collectProperties(schema, pointer, properties, required, additional, new HashSet<>());
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        properties.forEach((name, property) -> schemas.put(name, effective(property.schema())));
        return new ObjectShape(schemas, List.copyOf(required));
    }

    /** @param properties each property's schema, references resolved one level */
    record ObjectShape(Map<String, Schema<?>> properties, List<String> required) {}

    Schema<?> resolve(Schema<?> schema) {
        return effective(schema);
    }

    static String componentNameOf(String ref) {
        return componentName(ref);
    }

    String claimName(String candidate) {
        return claimTypeName(candidate);
    }

    static String documentationOf(Schema<?> schema) {
        return documentation(schema);
    }
}
