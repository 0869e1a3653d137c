package io.specpoet.generator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.generator.corpus.SpecDocument.Located;
import io.specpoet.generator.model.ApiGroup;
import io.specpoet.generator.model.ApiModel;
import io.specpoet.generator.model.BodyEncoding;
import io.specpoet.generator.model.OperationModel;
import io.specpoet.generator.model.ParameterModel;
import io.specpoet.generator.model.PropertyModel;
import io.specpoet.generator.model.TypeDecl;
import io.specpoet.generator.model.TypeRef;
import io.specpoet.generator.model.TypeUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the examples of a spec that belong to a schema the generated client has a type for: on
 * component schemas and the properties of object schemas, on parameters, and on the request and
 * response bodies of operations. Each
 * comes with the schema it must conform to (a pointer into the bundled document) and the model's
 * type for it, so it can be checked and then read into that type. The bodies and statuses are
 * chosen as the generator chooses them; examples elsewhere (a second 2xx response, a media type
 * the client does not read) have no generated type and are only counted.
 */
public final class ExampleCollector {

    /**
     * An example and what it belongs to.
     *
     * @param pointer where the example is given (for a shared one, where it is used)
     * @param schemaPointer the schema it must conform to
     */
    public record Example(String pointer, JsonNode value, String schemaPointer, TypeUse type) {}

    /** The examples found, and how many more have no generated type, by why. */
    public record Found(List<Example> examples, SortedMap<String, Integer> untyped) {}

    private final SpecDocument document;
    private final List<Example> examples = new ArrayList<>();
    private final SortedMap<String, Integer> untyped = new TreeMap<>();
    private final Set<String> seen = new HashSet<>();

    public ExampleCollector(SpecDocument document) {
        this.document = document;
    }

    public Found collect(ApiModel model) {
        Map<String, TypeDecl> declsByPointer = new HashMap<>();
        model.types().forEach(decl -> declsByPointer.put(decl.pointer(), decl));
        Located schemas = document.at("/components/schemas");
        schemas.node().fieldNames().forEachRemaining(name -> {
            Located schema = schemas.child(name);
            TypeDecl decl = declsByPointer.get(schema.pointer());
            schemaExamples(
                    schema,
                    decl == null ? null : TypeUse.of(new TypeRef.Declared(decl.javaName())),
                    "component schema without a type of its own");
        });
        for (TypeDecl decl : model.types()) {
            if (decl instanceof TypeDecl.ObjectDecl object) {
                for (PropertyModel property : object.properties()) {
                    Located schema = document.propertySchema(document.at(decl.pointer()), property.wireName());
                    schemaExamples(schema, property.type(), null);
                }
            }
        }
        for (ApiGroup api : model.client().apis()) {
            for (OperationModel operation : api.operations()) {
                operation(operation);
            }
        }
        return new Found(List.copyOf(examples), untyped);
    }

    private void operation(OperationModel operation) {
        Located raw = document.at(operation.pointer());
        Located pathItem =
                document.at(operation.pointer().substring(0, operation.pointer().lastIndexOf('/')));
        Map<String, Located> parameters = new LinkedHashMap<>();
        for (Located level : List.of(pathItem.child("parameters"), raw.child("parameters"))) {
            for (int i = 0; i < level.node().size(); i++) {
                Located parameter = document.resolve(level.child(Integer.toString(i)));
                parameters.put(
                        parameter.node().path("in").asText() + ":"
                                + parameter.node().path("name").asText(),
                        parameter);
            }
        }
        for (ParameterModel model : operation.parameters()) {
            Located parameter = parameters.get(model.location() + ":" + model.wireName());
            if (parameter != null && parameter.node().has("schema")) {
                String schemaPointer = parameter.pointer() + "/schema";
                valueAndExamples(parameter, schemaPointer, model.type());
                schemaExamples(parameter.child("schema"), model.type(), null);
            }
        }
        if (operation.requestBody() != null && operation.requestBodyEncoding() != BodyEncoding.RAW) {
            Located body = document.resolve(raw.child("requestBody"));
            media(
                    body.child("content").child(operation.requestMediaType()),
                    operation.requestBody().type());
        }
        Located responses = raw.child("responses");
        boolean successSeen = false;
        for (String status : new TreeMap<>(fields(responses.node())).keySet()) {
            Located content = document.resolve(responses.child(status)).child("content");
            TypeUse type;
            if (status.startsWith("2")) {
                type = successSeen || operation.successMediaTypes() != null ? null : operation.successType();
                successSeen = true;
            } else if (status.equals("default")) {
                type = operation.defaultErrorType();
            } else {
                type = status.matches("[0-9]+") ? operation.errorTypes().get(Integer.parseInt(status)) : null;
            }
            Located json = firstJson(content);
            fields(content.node()).keySet().forEach(mediaType -> {
                Located media = content.child(mediaType);
                if (type != null && json != null && media.pointer().equals(json.pointer())) {
                    media(media, type);
                } else {
                    valueAndExamples(media, null, null);
                    schemaExamples(media.child("schema"), null, "a response body the client does not type");
                }
            });
        }
    }

    /** The media type the generator reads a response as: the first JSON one, as OperationsBuilder picks. */
    private static Located firstJson(Located content) {
        for (String mediaType : fields(content.node()).keySet()) {
            String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("application/json") || type.endsWith("+json") || type.equals("*/*")) {
                return content.child(mediaType);
            }
        }
        return null;
    }

    private void media(Located media, TypeUse type) {
        if (media.node().isMissingNode()) {
            return;
        }
        boolean hasSchema = media.node().has("schema");
        valueAndExamples(media, hasSchema ? media.pointer() + "/schema" : null, hasSchema ? type : null);
        schemaExamples(media.child("schema"), type, null);
    }

    /**
     * A parameter's or media type's {@code example} and {@code examples} (Example objects, maybe
     * references to shared ones), checked against {@code schemaPointer}; null: only counted.
     */
    private void valueAndExamples(Located holder, String schemaPointer, TypeUse type) {
        if (holder.node().has("example")) {
            add(holder.child("example"), holder.child("example"), schemaPointer, type, untypedReason(holder));
        }
        Located named = holder.child("examples");
        fields(named.node()).keySet().forEach(name -> {
            Located use = named.child(name);
            Located example = document.resolve(use);
            if (example.node().has("value")) {
                add(use, example.child("value"), schemaPointer, type, untypedReason(holder));
            }
        });
    }

    private static String untypedReason(Located holder) {
        return holder.node().has("schema") ? "a body the client does not type" : "a body without a schema";
    }

    /**
     * The examples written on a schema itself ({@code example}; 3.1's {@code examples} array). A
     * referenced schema's examples belong to the component and are found there.
     */
    private void schemaExamples(Located schema, TypeUse type, String untypedReason) {
        if (schema.node().has("$ref") || !schema.node().isObject()) {
            return;
        }
        String reason = untypedReason == null ? "a schema the client does not type" : untypedReason;
        if (schema.node().has("example")) {
            add(schema.child("example"), schema.child("example"), schema.pointer(), type, reason);
        }
        JsonNode list = schema.node().path("examples");
        for (int i = 0; i < list.size() && list.isArray(); i++) {
            Located example = schema.child("examples").child(Integer.toString(i));
            add(example, example, schema.pointer(), type, reason);
        }
    }

    private void add(Located use, Located value, String schemaPointer, TypeUse type, String untypedReason) {
        if (!seen.add(value.pointer() + " " + schemaPointer)) {
            return;
        }
        if (type == null || schemaPointer == null) {
            untyped.merge(untypedReason, 1, Integer::sum);
        } else {
            examples.add(new Example(use.pointer(), value.node(), schemaPointer, type));
        }
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        }
        return fields;
    }
}
