package io.specpoet.generator.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a run cannot generate: carries every problem found, each with its location. */
public final class GenerationException extends RuntimeException {

    private final List<Diagnostic> diagnostics;

    public GenerationException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a generation failure needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public GenerationException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
