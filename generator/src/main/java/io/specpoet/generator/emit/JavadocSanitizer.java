package io.specpoet.generator.emit;

/**
 * Makes spec text safe inside a Javadoc comment while keeping it readable.
 *
 * <p>Spec text must never end the comment or smuggle code out of it: {@code *}{@code /} ends a
 * comment, and javac decodes {@code \}{@code u002a/} into the same characters before it looks for
 * comments, so every backslash is written as an HTML entity. Javadoc reads the rest as HTML and
 * block tags, so {@code <}, {@code >}, {@code &} and {@code @} are written as entities too: the
 * rendered page shows the text exactly as the spec has it.
 */
public final class JavadocSanitizer {

    private JavadocSanitizer() {}

    /** Spec text for inside an inline code tag, where a closing brace would end the tag. */
    public static String sanitizeInCode(String text) {
        return sanitize(text).replace("}", "&#125;");
    }

    public static String sanitize(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '*' -> {
                    // "*/" would close the comment; "/*" inside it upsets some tools.
                    boolean closes = i + 1 < normalized.length() && normalized.charAt(i + 1) == '/';
                    boolean opens = i > 0 && normalized.charAt(i - 1) == '/';
                    out.append(closes || opens ? "&#42;" : "*");
                }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
