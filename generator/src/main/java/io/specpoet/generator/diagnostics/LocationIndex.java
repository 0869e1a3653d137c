package io.specpoet.generator.diagnostics;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Maps JSON pointers of one spec file to the line and column where the node starts.
 *
 * <p>Swagger Parser reports problems as plain strings without positions, so the positions are
 * read here from the same text with a streaming parser (YAML is a superset of JSON, so one parser
 * serves both).
 *
 * <p>A run that finds nothing to report never asks for a location, so the index is built on the
 * first {@link #locate}: a second pass over a large spec's text, and a map with an entry per
 * node, cost more than the rest of loading.
 */
public final class LocationIndex {

    private final String file;
    private Callable<JsonParser> source;
    private Map<String, int[]> lineAndColumnByPointer;

    private LocationIndex(String file, Callable<JsonParser> source, Map<String, int[]> lineAndColumnByPointer) {
        this.file = file;
        this.source = source;
        this.lineAndColumnByPointer = lineAndColumnByPointer;
    }

    /** An index that knows no lines: locations carry the file and pointer only. */
    public static LocationIndex empty(String file) {
        return new LocationIndex(file, null, Map.of());
    }

    /**
     * An index read, when first needed, from the parser {@code source} opens (positioned before
     * the first token); the source must give the same text every time.
     */
    public static LocationIndex lazy(String file, Callable<JsonParser> source) {
        return new LocationIndex(file, source, null);
    }

    /**
     * Reads the token stream of {@code parser} (positioned before the first token) and records
     * where each node starts.
     */
    public static LocationIndex build(String file, JsonParser parser) throws IOException {
        return new LocationIndex(file, null, positions(parser));
    }

    private static Map<String, int[]> positions(JsonParser parser) throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                stack.peek().pendingKey = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            String pointer = stack.isEmpty() ? "" : stack.peek().childPointer();
            JsonLocation at = parser.currentTokenLocation();
            positions.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
            }
        }
        return positions;
    }

    public String file() {
        return file;
    }

    /**
     * The location of the node at {@code jsonPointer}, or of its nearest ancestor that is in the
     * index (a missing property is reported where its parent object starts).
     */
    public SourceLocation locate(String jsonPointer) {
        Map<String, int[]> positions = positions();
        String probe = jsonPointer;
        while (true) {
            int[] position = positions.get(probe);
            if (position != null) {
                return new SourceLocation(file, position[0], position[1], jsonPointer);
            }
            if (probe.isEmpty()) {
                return SourceLocation.ofPointer(file, jsonPointer);
            }
            probe = probe.substring(0, probe.lastIndexOf('/'));
        }
    }

    private synchronized Map<String, int[]> positions() {
        if (lineAndColumnByPointer == null) {
            try (JsonParser parser = source.call()) {
                lineAndColumnByPointer = positions(parser);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot re-read " + file + " to locate a problem", e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot re-read " + file + " to locate a problem", e);
            }
            source = null;
        }
        return lineAndColumnByPointer;
    }

    /** Escapes one reference token of a JSON pointer (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;
        String pendingKey;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        String childPointer() {
            if (array) {
                return pointer + "/" + nextIndex++;
            }
            return pointer + "/" + escape(pendingKey);
        }
    }
}
