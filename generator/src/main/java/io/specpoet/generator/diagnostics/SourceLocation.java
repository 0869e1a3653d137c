package io.specpoet.generator.diagnostics;

import java.util.Objects;

/**
 * Where something sits in a spec: the file, a 1-based line and column when known, and the JSON
 * pointer of the node. Rendered as {@code file:line:col} followed by the pointer, so both a
 * person and an editor can find the place.
 */
public record SourceLocation(String file, int line, int column, String jsonPointer) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPointer, "jsonPointer");
    }

    /** A location known only by its pointer; the line is unknown. */
    public static SourceLocation ofPointer(String file, String jsonPointer) {
        return new SourceLocation(file, 0, 0, jsonPointer);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        StringBuilder rendered = new StringBuilder(file);
        if (hasLine()) {
            rendered.append(':').append(line).append(':').append(column);
        }
        return rendered.toString();
    }
}
