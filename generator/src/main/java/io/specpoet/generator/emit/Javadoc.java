package io.specpoet.generator.emit;

import java.util.Optional;

/**
 * Javadoc text for generated elements. Descriptions are CommonMark, rendered by {@link
 * MarkdownJavadoc}; other spec text goes through {@link JavadocSanitizer}.
 */
final class Javadoc {

    private Javadoc() {}

    /** The description, then where the type comes from in the spec. */
    static Optional<String> typeDoc(String description, String pointer) {
        StringBuilder doc = new StringBuilder();
        memberDoc(description).ifPresent(text -> doc.append(text).append("\n\n"));
        doc.append("<p>Schema: <code>")
                .append(JavadocSanitizer.sanitize("#" + pointer))
                .append("</code>\n");
        return Optional.of(doc.toString());
    }

    /** A description that opens its comment or tag: its first paragraph is the summary. */
    static Optional<String> memberDoc(String description) {
        return render(description, true);
    }

    /** A description that follows a summary: every paragraph is a {@code <p>}. */
    static Optional<String> continuedDoc(String description) {
        return render(description, false);
    }

    private static Optional<String> render(String description, boolean firstParagraphBare) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String html = MarkdownJavadoc.render(description, firstParagraphBare);
        return html.isEmpty() ? Optional.empty() : Optional.of(html);
    }
}
