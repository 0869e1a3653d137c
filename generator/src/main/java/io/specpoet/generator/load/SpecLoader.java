package io.specpoet.generator.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.specpoet.generator.diagnostics.SourceLocation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.reference.DereferencerContext;
import io.swagger.v3.parser.reference.DereferencersFactory;
import io.swagger.v3.parser.reference.OpenAPIDereferencer;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The load stage: reads a spec file and every file it references, checks what Swagger Parser
 * would pass over silently or report without a position (missing files, bad YAML, Swagger 2.0,
 * dangling and remote {@code $ref}s), then parses with Swagger Parser, resolving references
 * without inlining them so named schemas keep their names.
 */
public final class SpecLoader {

    /** Large real specs (Stripe's is over 4 MB) exceed SnakeYAML's default 3 MiB limit. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

    /** Deeply nested schemas exceed SnakeYAML's default nesting limit of 50. */
    private static final int MAX_YAML_DEPTH = 1000;

    static {
        // Swagger Parser reads its YAML limits from one process-wide object; raise, never lower.
        DeserializationUtils.Options swaggerYaml = DeserializationUtils.getOptions();
        swaggerYaml.setMaxYamlCodePoints(Math.max(swaggerYaml.getMaxYamlCodePoints(), MAX_YAML_CODE_POINTS));
        swaggerYaml.setMaxYamlDepth(Math.max(swaggerYaml.getMaxYamlDepth(), MAX_YAML_DEPTH));
    }

    private static final Pattern ATTRIBUTE_PATH = Pattern.compile("^attribute ([^ ]+)");

    /**
     * Swagger Parser's messages about things generation does without or works around: an
     * extension name reserved for OpenAPI's own use, a keyword it does not know (ignored), an
     * operation without responses (it returns nothing) and an array without items (its elements
     * are any JSON). Every other message stops generation.
     */
    private static final List<Pattern> BENIGN_MESSAGES = List.of(
            Pattern.compile("^attribute [^ ]+ is reserved by The OpenAPI Initiative$"),
            Pattern.compile("^attribute [^ ]+ is unexpected$"),
            Pattern.compile("^attribute [^ ]+\\.responses is missing$"),
            Pattern.compile("^attribute [^ ]+\\.items is missing$"));

    private final boolean allowRemoteRefs;

    public SpecLoader(boolean allowRemoteRefs) {
        this.allowRemoteRefs = allowRemoteRefs;
    }

    public LoadedSpec load(Path specFile) {
        Path file = specFile.toAbsolutePath().normalize();
        String displayName = specFile.toString();
        ParsedFile main = readFile(file, displayName);
        checkIsOpenApi3(main);
        Map<Path, JsonNode> files = new LinkedHashMap<>();
        checkReferences(main).forEach((path, parsed) -> files.put(path, parsed.root()));
        SpecBundler bundler = new SpecBundler(main.path(), files);
        JsonNode root = bundler.bundle();
        return parseWithSwagger(main, root, bundler.hasRemoteReferences(), new TreeSet<>(files.keySet()));
    }

    private record ParsedFile(Path path, String displayName, JsonNode root, LocationIndex locations) {}

    private static ParsedFile readFile(Path path, String displayName) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw fileProblem(displayName, "file not found");
        } catch (CharacterCodingException e) {
            throw fileProblem(displayName, "file is not valid UTF-8");
        } catch (IOException e) {
            throw fileProblem(displayName, "cannot read file: " + e.getMessage());
        }
        if (text.isBlank()) {
            throw new GenerationException(new Diagnostic(
                    new SourceLocation(displayName, 1, 1, ""), "the file is empty; expected an OpenAPI 3 document"));
        }
        JsonNode json = readStrictJson(text);
        ObjectMapper mapper = json != null ? STRICT_JSON : new ObjectMapper(yamlFactory());
        try {
            JsonNode root = json != null ? json : mapper.readTree(text);
            // The text has parsed once, so reading it again for positions cannot fail on syntax.
            LocationIndex locations =
                    LocationIndex.lazy(displayName, () -> mapper.getFactory().createParser(text));
            return new ParsedFile(path, displayName, root, locations);
        } catch (JsonProcessingException e) {
            throw new GenerationException(syntaxError(displayName, e));
        } catch (IOException e) {
            throw fileProblem(displayName, "cannot read file: " + e.getMessage());
        }
    }

    /** JSON as RFC 8259 has it: nothing after the document, no comments, no YAML. */
    private static final ObjectMapper STRICT_JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The document, if the text is strict JSON, or null. A JSON document is YAML too, and reads to
     * the same tree, but a JSON parser reads it about ten times faster than SnakeYAML (GitHub's
     * 3.6 MB spec: 70 ms against 530 ms), and accepts JSON that SnakeYAML's YAML 1.1 refuses,
     * such as the escape {@code \/}. Anything else is left to the YAML parser, which also reports
     * the problems of text that is neither.
     */
    private static JsonNode readStrictJson(String text) {
        if (!text.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return STRICT_JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A syntax error at the place the parser found the problem, in one line. */
    private static Diagnostic syntaxError(String displayName, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            String problem =
                    yaml.getContext() == null ? yaml.getProblem() : yaml.getContext() + ": " + yaml.getProblem();
            return new Diagnostic(
                    new SourceLocation(displayName, mark.getLine() + 1, mark.getColumn() + 1, ""),
                    "not valid YAML or JSON: " + problem);
        }
        var at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new Diagnostic(
                new SourceLocation(displayName, line, column, ""),
                "not valid YAML or JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        options.setNestingDepthLimit(MAX_YAML_DEPTH);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    private static GenerationException fileProblem(String displayName, String message) {
        return new GenerationException(new Diagnostic(SourceLocation.ofPointer(displayName, ""), message));
    }

    private static void checkIsOpenApi3(ParsedFile main) {
        Diagnostics diagnostics = new Diagnostics(main.locations());
        JsonNode root = main.root();
        if (!root.isObject()) {
            diagnostics.error(
                    "",
                    "expected an OpenAPI document (a mapping), found "
                            + root.getNodeType().name().toLowerCase());
        } else if (root.has("swagger")) {
            diagnostics.error(
                    "/swagger",
                    "Swagger " + root.get("swagger").asText()
                            + " documents are not supported; convert the document to OpenAPI 3.0 or 3.1");
        } else if (!root.hasNonNull("openapi")) {
            diagnostics.error("", "missing the 'openapi' version field of an OpenAPI 3 document");
        } else {
            String version = root.get("openapi").asText();
            if (!version.startsWith("3.0") && !version.startsWith("3.1")) {
                diagnostics.error(
                        "/openapi", "OpenAPI version '" + version + "' is not supported; expected 3.0.x or 3.1.x");
            }
        }
        diagnostics.throwIfErrors();
    }

    /**
     * Checks every {@code $ref} of the main file and of the files it references: local targets
     * must exist, remote ones are refused unless allowed, relative files must exist.
     *
     * @return every file read, the main file first, by path
     */
    private Map<Path, ParsedFile> checkReferences(ParsedFile main) {
        Deque<ParsedFile> pending = new ArrayDeque<>(List.of(main));
        Map<Path, ParsedFile> read = new LinkedHashMap<>(Map.of(main.path(), main));
        List<Diagnostic> problems = new ArrayList<>();
        while (!pending.isEmpty()) {
            ParsedFile current = pending.pop();
            Diagnostics diagnostics = new Diagnostics(current.locations());
            ReferenceWalker.walk(current.root(), "", (holder, node, ref, place) -> {
                String pointer = holder + "/$ref";
                int hash = ref.indexOf('#');
                String target = hash < 0 ? ref : ref.substring(0, hash);
                String fragment = hash < 0 ? "" : ref.substring(hash + 1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    if (!allowRemoteRefs) {
                        diagnostics.error(
                                pointer,
                                "remote reference '" + ref
                                        + "' refused; allow remote references explicitly to fetch it");
                    }
                    return null;
                }
                if (target.isEmpty()) {
                    if (resolvePointer(current.root(), fragment) == null) {
                        diagnostics.error(pointer, "reference '" + ref + "' points to nothing in this file");
                    }
                    return null;
                }
                Path referenced = current.path().resolveSibling(target).normalize();
                if (!Files.isRegularFile(referenced)) {
                    diagnostics.error(pointer, "referenced file '" + target + "' does not exist");
                    return null;
                }
                ParsedFile other = read.get(referenced);
                if (other == null) {
                    other = readFile(referenced, displayNameOf(main, referenced));
                    read.put(referenced, other);
                    pending.push(other);
                }
                if (!fragment.isEmpty() && resolvePointer(other.root(), fragment) == null) {
                    diagnostics.error(pointer, "reference '" + ref + "' points to nothing in " + other.displayName());
                }
                return null;
            });
            try {
                diagnostics.throwIfErrors();
            } catch (GenerationException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerationException(problems);
        }
        return read;
    }

    private static String displayNameOf(ParsedFile main, Path referenced) {
        Path base = Path.of(main.displayName()).getParent();
        Path relative = main.path().getParent().relativize(referenced);
        return base == null ? relative.toString() : base.resolve(relative).toString();
    }

    /** The node at a URI fragment such as {@code /components/schemas/Pet}, or null. */
    private static JsonNode resolvePointer(JsonNode root, String fragment) {
        if (fragment.isEmpty()) {
            return root;
        }
        String decoded = java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!decoded.startsWith("/")) {
            return null;
        }
        JsonNode target = root.at(decoded);
        return target.isMissingNode() ? null : target;
    }

    /**
     * Parses the tree already read and inlined (with raised YAML limits) rather than let Swagger
     * Parser re-read the file under SnakeYAML's default nesting limit of 50; resolves it as
     * Swagger Parser's own {@code readLocation} does.
     */
    private LoadedSpec parseWithSwagger(
            ParsedFile main, JsonNode root, boolean remoteReferences, SortedSet<Path> files) {
        Diagnostics shapes = new Diagnostics(main.locations());
        SchemaShapeCheck.check(root, root.path("openapi").asText().startsWith("3.1"), shapes);
        shapes.throwIfErrors();
        StrayKeywords.dropFromScalarSchemas(root);
        SwaggerParseResult result = swaggerParse(main.path().toUri().toString(), root, remoteReferences);
        Diagnostics diagnostics = new Diagnostics(main.locations());
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        // Swagger Parser reports some problems twice, once as ".a.b … (#/a/b)".
        Set<String> seen = new HashSet<>();
        for (String message : messages) {
            String text = message.replaceFirst("^attribute \\.", "attribute ").replaceFirst(" \\(#[^)]*\\)$", "");
            if (!seen.add(text)) {
                continue;
            }
            if (BENIGN_MESSAGES.stream().anyMatch(benign -> benign.matcher(text).find())) {
                diagnostics.warning(pointerOf(text), text);
            } else {
                diagnostics.error(pointerOf(text), text);
            }
        }
        OpenAPI openApi = result.getOpenAPI();
        if (openApi == null && !diagnostics.hasErrors()) {
            diagnostics.error("", "Swagger Parser could not read the document");
        }
        diagnostics.throwIfErrors();
        return new LoadedSpec(
                main.path(),
                openApi,
                root,
                main.locations(),
                diagnostics.warnings(),
                Collections.unmodifiableSortedSet(files),
                remoteReferences);
    }

    private static SwaggerParseResult swaggerParse(String location, JsonNode root, boolean remoteReferences) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        options.setValidateExternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, root, options);
        if (result.getOpenAPI() != null && root.path("openapi").asText().startsWith("3.0")) {
            new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
        } else if (result.getOpenAPI() != null && remoteReferences) {
            // The bundled document refers to nothing outside but remote documents, which only
            // Swagger Parser's 3.1 dereferencer fetches; it also inlines every local reference, so
            // it runs only then.
            DereferencerContext context =
                    new DereferencerContext(result, new ArrayList<>(), location, options, null, null, true);
            List<OpenAPIDereferencer> chain = DereferencersFactory.getInstance().getDereferencers();
            if (!chain.isEmpty()) {
                chain.get(0).dereference(context, chain.iterator());
            }
        }
        return result;
    }

    /** Turns Swagger Parser's "attribute paths.'/pets'(get).summary ..." into a best-effort pointer. */
    static String pointerOf(String message) {
        Matcher matcher = ATTRIBUTE_PATH.matcher(message);
        if (!matcher.find()) {
            return "";
        }
        // "….default=`it's` is not of type `date`": the value is no part of the path, and a quote
        // in it would upset the split at dots outside quotes.
        String path = matcher.group(1).replaceFirst("=`.*$", "");
        StringBuilder pointer = new StringBuilder();
        for (String segment : path.split("\\.(?=(?:[^']*'[^']*')*[^']*$)")) {
            String cleaned = segment.replaceAll("\\(([a-z]+)\\)$", "/$1").replace("'", "");
            for (String part : cleaned.split("/(?=[a-z]+$)")) {
                pointer.append('/').append(LocationIndex.escape(part));
            }
        }
        return pointer.toString();
    }
}
