package io.specpoet.generator.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one run so the user sees all of them at once, then fails the run
 * with a single {@link GenerationException}. Warnings (something odd the run works around) are
 * collected too, and do not fail it.
 */
public final class Diagnostics {

    private final LocationIndex locations;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    public Diagnostics(LocationIndex locations) {
        this.locations = locations;
    }

    public LocationIndex locations() {
        return locations;
    }

    /** Records an error at the node the JSON pointer names, located to its line if possible. */
    public void error(String jsonPointer, String message) {
        errors.add(new Diagnostic(locations.locate(jsonPointer), message));
    }

    /** Records a warning, rendered with a {@code warning: } prefix to its message. */
    public void warning(String jsonPointer, String message) {
        warnings.add(new Diagnostic(locations.locate(jsonPointer), "warning: " + message));
    }

    /** The warnings so far, in document order. */
    public List<Diagnostic> warnings() {
        return sorted(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws all collected errors, in document order, if there are any. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new GenerationException(sorted(errors));
        }
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column())
                .thenComparing(d -> d.location().jsonPointer())
                .thenComparing(Diagnostic::message));
        return List.copyOf(sorted);
    }
}
