package io.specpoet.generator.emit;

import java.util.Optional;

/** Javadoc text for generated elements, always passed through {@link JavadocSanitizer}. */
final class Javadoc {

    private Javadoc() {}

    /** The description, then where the type comes from in the spec. */
    static Optional<String> typeDoc(String description, String pointer) {
        StringBuilder doc = new StringBuilder();
        if (description != null && !description.isBlank()) {
            doc.append(JavadocSanitizer.sanitize(description)).append("\n\n");
        }
        doc.append("<p>Schema: <code>").append(JavadocSanitizer.sanitize("#" + pointer)).append("</code>\n");
        return Optional.of(doc.toString());
    }

    static Optional<String> memberDoc(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(JavadocSanitizer.sanitize(description));
    }
}
