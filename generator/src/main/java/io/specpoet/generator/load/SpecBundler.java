package io.specpoet.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one self-contained document of a spec split over files, so that Swagger Parser reads no
 * file itself and every reference it sees is one it follows:
 *
 * <ul>
 *   <li>a schema in another file becomes a component schema, named after its file or, for a
 *       fragment, its last segment ({@code models/droplet.yml} → {@code droplet}; a second, other
 *       schema of the same name gets {@code _1}), referenced from every place that referred to it;
 *   <li>anything else in another file (an operation, a response, a parameter, a map of
 *       properties) is copied in where it is referenced, its own references made valid there;
 *   <li>a reference to text (a description kept in another file) is replaced by the text;
 *   <li>in the main file, a reference into the middle of a component ({@code
 *       #/components/parameters/state/schema}), to a component of another kind than its place
 *       holds (a response referring to a request body), or in a place OpenAPI has no reference
 *       (an operation, a map of properties) is replaced by a copy of its target.
 * </ul>
 *
 * <p>References over http(s) are left to Swagger Parser. A reference cycle through copies is
 * left as it is.
 */
final class SpecBundler {

    /** Places that hold a component of one kind, by the pointer of the place. */
    private static final Map<Pattern, String> KIND_BY_PLACE = Map.of(
            Pattern.compile(".*/responses/[^/]+"), "responses",
            Pattern.compile(".*/parameters/[^/]+"), "parameters",
            Pattern.compile(".*/requestBody|/components/requestBodies/[^/]+"), "requestBodies",
            Pattern.compile(".*/headers/[^/]+"), "headers");

    private static final Pattern OPERATION =
            Pattern.compile("/(paths|webhooks)/[^/]+/(get|put|post|delete|options|head|patch|trace)");

    /** The references Swagger Parser follows within the main file: to a whole component. */
    private static final Pattern WHOLE_COMPONENT = Pattern.compile("/components/([^/]+)/[^/]+");

    private static final String SCHEMAS = "#/components/schemas/";

    private final Path mainFile;
    private final Map<Path, JsonNode> files;
    private final Set<String> schemaNames = new HashSet<>();
    private final Map<String, String> schemaNameByTarget = new HashMap<>();
    private final Map<String, JsonNode> bundledSchemas = new LinkedHashMap<>();

    /** The targets being copied in, so that a reference cycle is left alone instead of looping. */
    private final Set<String> copying = new HashSet<>();

    private boolean remoteReferences;

    /**
     * @param files the parsed tree of the main file and of every file it references, by
     *     normalized absolute path
     */
    SpecBundler(Path mainFile, Map<Path, JsonNode> files) {
        this.mainFile = mainFile;
        this.files = files;
    }

    /** A copy of the main file's tree, self-contained. */
    JsonNode bundle() {
        ObjectNode root = files.get(mainFile).deepCopy();
        root.path("components").path("schemas").fieldNames().forEachRemaining(schemaNames::add);
        ReferenceWalker.walk(root, "", new Resolver(mainFile));
        if (!bundledSchemas.isEmpty()) {
            ObjectNode components = root.get("components") instanceof ObjectNode c ? c : root.putObject("components");
            ObjectNode schemas =
                    components.get("schemas") instanceof ObjectNode s ? s : components.putObject("schemas");
            bundledSchemas.forEach(schemas::set);
        }
        return root;
    }

    /** Whether the bundled document still refers to documents over http(s). */
    boolean hasRemoteReferences() {
        return remoteReferences;
    }

    /** A reference target: a file and a JSON pointer into it. */
    private record Target(Path file, String fragment) {
        String key() {
            return file + "#" + fragment;
        }
    }

    /** Rewrites the references written in one file, wherever its content ends up. */
    private final class Resolver implements ReferenceWalker.Visitor {

        private final Path base;

        Resolver(Path base) {
            this.base = base;
        }

        @Override
        public JsonNode reference(String pointer, ObjectNode holder, String ref, ReferenceWalker.Place place) {
            Target target = target(ref);
            JsonNode value = target == null ? null : files.get(target.file()).at(target.fragment());
            if (value == null || value.isMissingNode()) {
                return null;
            }
            if (value.isValueNode()) {
                return value;
            }
            boolean local = target.file().equals(mainFile);
            if (local && followedLocally(pointer, target.fragment(), place)) {
                if (base.equals(mainFile)) {
                    return null;
                }
                holder.put("$ref", "#" + target.fragment());
                return holder;
            }
            if (!local && place == ReferenceWalker.Place.SCHEMA && value.isObject()) {
                holder.put("$ref", SCHEMAS + bundledSchema(target, value));
                return holder;
            }
            return copy(pointer, holder, target, value, place);
        }

        @Override
        public String mappingReference(String ref) {
            Target target = target(ref);
            JsonNode value = target == null ? null : files.get(target.file()).at(target.fragment());
            if (value == null || !value.isObject() || target.file().equals(mainFile)) {
                return null;
            }
            return SCHEMAS + bundledSchema(target, value);
        }

        /** The target of a reference written in {@link #base}, or null for a remote or unread one. */
        private Target target(String ref) {
            if (ref.startsWith("http://") || ref.startsWith("https://")) {
                remoteReferences = true;
                return null;
            }
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String fragment = hash < 0
                    ? ""
                    : URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            Path path = file.isEmpty() ? base : base.resolveSibling(file).normalize();
            boolean pointer = fragment.isEmpty() || fragment.startsWith("/");
            return files.containsKey(path) && pointer ? new Target(path, fragment) : null;
        }

        /** The target copied in the holder's place, its references resolved from its own file. */
        private JsonNode copy(
                String pointer, ObjectNode holder, Target target, JsonNode value, ReferenceWalker.Place place) {
            if (!copying.add(target.key())) {
                return null;
            }
            try {
                JsonNode copy = value.deepCopy();
                Resolver resolver = new Resolver(target.file());
                if (place == ReferenceWalker.Place.MAP || place == ReferenceWalker.Place.SCHEMA_MAP) {
                    ReferenceWalker.walkMap(copy, pointer, place == ReferenceWalker.Place.SCHEMA_MAP, resolver);
                } else if (place == ReferenceWalker.Place.SCHEMA) {
                    ReferenceWalker.walkSchema(copy, pointer, resolver);
                } else {
                    ReferenceWalker.walk(copy, pointer, resolver);
                }
                if (copy instanceof ObjectNode object) {
                    // Keywords beside the $ref (a 3.1 summary or description) win over the target's.
                    holder.fields().forEachRemaining(field -> {
                        if (!field.getKey().equals("$ref")) {
                            object.set(field.getKey(), field.getValue());
                        }
                    });
                }
                return copy;
            } finally {
                copying.remove(target.key());
            }
        }
    }

    /** The component name of a schema from another file, bundling it on first use. */
    private String bundledSchema(Target target, JsonNode value) {
        String known = schemaNameByTarget.get(target.key());
        if (known != null) {
            return known;
        }
        String fragment = target.fragment();
        String base = (fragment.isEmpty() || fragment.equals("/")
                        ? target.file().getFileName().toString().replaceFirst("\\.[^.]*$", "")
                        : fragment.substring(fragment.lastIndexOf('/') + 1))
                // A name that needs no escaping in a reference.
                .replaceAll("[^A-Za-z0-9_.-]", "_");
        String name = base;
        for (int suffix = 1; !schemaNames.add(name); suffix++) {
            name = base + "_" + suffix;
        }
        schemaNameByTarget.put(target.key(), name);
        JsonNode copy = value.deepCopy();
        ReferenceWalker.walkSchema(copy, "/components/schemas/" + name, new Resolver(target.file()));
        bundledSchemas.put(name, copy);
        return name;
    }

    /**
     * Whether Swagger Parser follows a reference, standing at {@code pointer}, to a fragment of the
     * main file: to a whole component of the kind the place holds.
     */
    private static boolean followedLocally(String pointer, String fragment, ReferenceWalker.Place place) {
        Matcher component = WHOLE_COMPONENT.matcher(fragment);
        return component.matches()
                && switch (place) {
                    case SCHEMA -> component.group(1).equals("schemas");
                    case MAP, SCHEMA_MAP -> false;
                    case OTHER ->
                        !OPERATION.matcher(pointer).matches()
                                && KIND_BY_PLACE.entrySet().stream()
                                        .filter(kind ->
                                                kind.getKey().matcher(pointer).matches())
                                        .allMatch(kind -> kind.getValue().equals(component.group(1)));
                };
    }
}
