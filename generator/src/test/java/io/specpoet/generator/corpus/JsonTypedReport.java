package io.specpoet.generator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.generator.corpus.SpecDocument.Located;
import io.specpoet.generator.model.ApiModel;
import io.specpoet.generator.model.PropertyModel;
import io.specpoet.generator.model.ScalarKind;
import io.specpoet.generator.model.TypeDecl;
import io.specpoet.generator.model.TypeRef;
import io.specpoet.generator.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many record properties the generator still types as untyped JSON ({@code JsonNode}, or a
 * list or map of it), and why. The model says which properties are JSON; the schema each came
 * from says why. A free-form schema is honestly JSON; a union typed as JSON is a gap to close
 * (issue 14), so the reasons name the union keyword.
 */
public final class JsonTypedReport {

    /** A schema that allows any JSON value: {@code {}}, {@code true}, or only annotations. */
    public static final String FREE_FORM = "free-form {}";

    /** An object schema without properties: a map of any JSON values. */
    public static final String FREE_FORM_OBJECT = "free-form object";

    /** The outcome for one spec: JSON-typed properties by reason, and all record properties. */
    public record Counts(SortedMap<String, Integer> byReason, int properties) {
        public int jsonTyped() {
            return byReason.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final SpecDocument document;

    public JsonTypedReport(SpecDocument document) {
        this.document = document;
    }

    public Counts count(ApiModel model) {
        SortedMap<String, Integer> byReason = new TreeMap<>();
        int properties = 0;
        for (TypeDecl decl : model.types()) {
            if (decl instanceof TypeDecl.ObjectDecl object) {
                for (PropertyModel property : object.properties()) {
                    properties++;
                    if (holdsJson(property.type())) {
                        Located schema = document.propertySchema(document.at(decl.pointer()), property.wireName());
                        byReason.merge(reason(property.type(), schema), 1, Integer::sum);
                    }
                }
            }
        }
        return new Counts(byReason, properties);
    }

    /** Whether a type is JSON or a list or map of JSON, at any depth. */
    static boolean holdsJson(TypeUse use) {
        TypeRef type = use.type();
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.ANY_JSON;
        }
        if (type instanceof TypeRef.ListOf list) {
            return holdsJson(list.element());
        }
        if (type instanceof TypeRef.MapOf map) {
            return holdsJson(map.value());
        }
        return false;
    }

    /** Why a use holds JSON: descends lists and maps to the schema that became JSON. */
    private String reason(TypeUse use, Located schema) {
        Located resolved = document.resolve(schema);
        if (use.type() instanceof TypeRef.ListOf list) {
            return reason(list.element(), resolved.child("items"));
        }
        if (use.type() instanceof TypeRef.MapOf map) {
            Set<String> types = types(resolved.node());
            if (!types.isEmpty() && !types.contains("object")) {
                return "type " + String.join(" ", types) + " with additionalProperties";
            }
            JsonNode value = resolved.node().path("additionalProperties");
            if (value.isMissingNode() || value.isBoolean()) {
                return FREE_FORM_OBJECT;
            }
            return reason(map.value(), resolved.child("additionalProperties"));
        }
        return why(schema);
    }

    /** Why a schema typed as {@code JsonNode} is JSON. */
    private String why(Located schema) {
        if (schema.node().path("$ref").isTextual()
                && document.resolve(schema).node().isMissingNode()) {
            return "recursive or dangling $ref";
        }
        JsonNode node = document.resolve(schema).node();
        if (node.isMissingNode() || node.isBoolean()) {
            return FREE_FORM;
        }
        for (String union : List.of("oneOf", "anyOf")) {
            if (node.path(union).size() > 0) {
                return union;
            }
        }
        Set<String> types = types(node);
        if (types.size() > 1) {
            return "several types " + types;
        }
        if (types.isEmpty() && node.has("type")) {
            return "type null";
        }
        Set<String> keywords = new TreeSet<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!SpecDocument.ANNOTATIONS.contains(name) && !name.startsWith("x-")) {
                keywords.add(name);
            }
        });
        if (keywords.isEmpty() || (keywords.equals(Set.of("allOf")) && allPartsFreeForm(document.resolve(schema)))) {
            return FREE_FORM;
        }
        if (types.equals(Set.of("object")) && node.path("properties").isEmpty()) {
            return FREE_FORM_OBJECT;
        }
        return "other: " + String.join(" ", keywords);
    }

    /** Whether every part of an allOf allows any JSON value: it adds only annotations. */
    private boolean allPartsFreeForm(Located schema) {
        Located parts = schema.child("allOf");
        for (int i = 0; i < parts.node().size(); i++) {
            if (!why(parts.child(Integer.toString(i))).equals(FREE_FORM)) {
                return false;
            }
        }
        return true;
    }

    /** The schema's types, without {@code null} (nullability is no union). */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        List<JsonNode> values = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(values::add);
        } else if (type.isTextual()) {
            values.add(type);
        }
        values.stream().map(JsonNode::asText).filter(t -> !t.equals("null")).forEach(types::add);
        return types;
    }
}
