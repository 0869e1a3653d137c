package io.specpoet.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The files a spec is made of: the spec itself and every file reachable from it through relative
 * {@code $ref}s, found the way the generator's loader finds them (the part of a reference before
 * {@code #}, resolved against the referring file; {@code example}s and {@code x-} extensions hold
 * data, not references). A file that is missing or does not parse is listed but not followed: the
 * generator reports it.
 *
 * @param files every file found, absolute and normalized, in path order
 * @param hasRemoteReferences whether some file refers to an http(s) URL
 */
record SpecFiles(SortedSet<Path> files, boolean hasRemoteReferences) {

    /** Large real specs exceed SnakeYAML's default limits, as in the generator's loader. */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(largeDocuments())
            .build());

    static SpecFiles of(Path spec) {
        SortedSet<Path> found = new TreeSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        Path main = spec.toAbsolutePath().normalize();
        found.add(main);
        pending.add(main);
        boolean remote = false;
        while (!pending.isEmpty()) {
            Path file = pending.pop();
            for (String target : referencedFiles(file)) {
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    remote = true;
                } else {
                    Path referenced;
                    try {
                        referenced = file.resolveSibling(target).normalize();
                    } catch (InvalidPathException e) {
                        continue; // no file can have this name; the generator reports the reference
                    }
                    if (found.add(referenced)) {
                        pending.push(referenced);
                    }
                }
            }
        }
        return new SpecFiles(found, remote);
    }

    /** The file parts of the {@code $ref}s in {@code file}; none if it is missing or unreadable. */
    private static List<String> referencedFiles(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            return List.of(); // not YAML or JSON: the generator reports it
        }
        List<String> targets = new ArrayList<>();
        collectReferences(root, targets);
        return targets;
    }

    private static void collectReferences(JsonNode node, List<String> targets) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String value = ref.asText();
                int hash = value.indexOf('#');
                String target = hash < 0 ? value : value.substring(0, hash);
                if (!target.isEmpty()) {
                    targets.add(target);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("example") && !field.getKey().startsWith("x-")) {
                    collectReferences(field.getValue(), targets);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, targets));
        }
    }

    private static LoaderOptions largeDocuments() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(1000);
        return options;
    }
}
