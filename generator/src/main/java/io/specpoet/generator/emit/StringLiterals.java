package io.specpoet.generator.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals for spec text, to use with {@code $L} where {@code $S} would do.
 *
 * <p>JavaPoet's {@code $S} escapes what Java requires but writes U+2028 and U+2029 as they are,
 * and then breaks its output lines at every Unicode line break, so either character cut the
 * literal in two and the file did not compile. They are written as Unicode escapes instead, which
 * javac reads back as the same character inside the literal; any other text is exactly
 * {@code $S}.
 */
final class StringLiterals {

    private StringLiterals() {}

    static CodeBlock of(String text) {
        if (text == null || (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0)) {
            return CodeBlock.of("$S", text);
        }
        CodeBlock.Builder literal = CodeBlock.builder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    literal.add(literal.isEmpty() ? "$S" : " + $S", text.substring(start, i));
                }
                literal.add(literal.isEmpty() ? "$L" : " + $L", c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\"");
                start = i + 1;
            }
        }
        if (start < text.length()) {
            literal.add(" + $S", text.substring(start));
        }
        return literal.build();
    }
}
