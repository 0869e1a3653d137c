package io.specpoet.generator.fuzz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads Java source as javac does (Unicode escapes first, then comments and literals) and finds
 * the identifiers in its code that are in a set of markers: identifiers that spec text put there.
 */
final class InjectionScan {

    private InjectionScan() {}

    /** Each marker identifier found in code, as {@code line N: identifier}; and any unterminated literal. */
    static List<String> markersInCode(String source, Collection<String> markers) {
        String text = translateUnicodeEscapes(source);
        List<String> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (text.startsWith("//", i)) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    found.add("line " + line + ": unterminated comment");
                    return found;
                }
                line += count(text, i, end, '\n');
                i = end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = literalEnd(text, i + 3, "\"\"\"", true);
                if (end < 0) {
                    found.add("line " + line + ": unterminated text block");
                    return found;
                }
                line += count(text, i, end, '\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(text, i + 1, String.valueOf(c), false);
                if (end < 0) {
                    found.add("line " + line + ": unterminated literal");
                    return found;
                }
                i = end;
            } else if (Character.isJavaIdentifierStart(text.codePointAt(i))) {
                int end = i;
                while (end < text.length() && Character.isJavaIdentifierPart(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String identifier = text.substring(i, end);
                if (markers.contains(identifier)) {
                    found.add("line " + line + ": " + identifier);
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index just past the closing delimiter, or -1; a plain literal may not span lines. */
    private static int literalEnd(String text, int from, String delimiter, boolean multiLine) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (text.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else if (!multiLine && (c == '\n' || c == '\r')) {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int count(String text, int from, int to, char wanted) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }

    /**
     * JLS 3.3: a backslash preceded by an even number of backslashes, then one or more {@code u}
     * and four hex digits, is the character they name, before any other reading of the source.
     */
    static String translateUnicodeEscapes(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int backslashes = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int digits = i + 1;
                while (digits < source.length() && source.charAt(digits) == 'u') {
                    digits++;
                }
                if (digits + 4 <= source.length() && isHex(source.substring(digits, digits + 4))) {
                    out.append((char) Integer.parseInt(source.substring(digits, digits + 4), 16));
                    i = digits + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
