package io.specpoet.generator.diagnostics;

/** One problem found in a spec, with the place it was found. */
public record Diagnostic(SourceLocation location, String message) {

    /** {@code file:line:col: message (at #/json/pointer)}. */
    public String render() {
        String pointer = location.jsonPointer().isEmpty() ? "" : " (at #" + location.jsonPointer() + ")";
        return location + ": " + message + pointer;
    }

    @Override
    public String toString() {
        return render();
    }
}
