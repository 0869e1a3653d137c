package io.specpoet.generator.pattern;

import io.specpoet.generator.pattern.RegexNode.ClassEscape;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps ECMAScript Unicode property escapes ({@code \p{...}} with the u flag) to java.util.regex.
 * Only properties Java defines the same way are mapped: General_Category values, Script values, and
 * a few binary properties. Both sides then read the Unicode database of their own runtime, so
 * characters assigned in a Unicode version that only one of them knows can be classified
 * differently.
 */
final class UnicodeProperties {

    /** Each General_Category value: Java's (short) name, then the other names ECMAScript accepts. */
    private static final String[][] GENERAL_CATEGORY_NAMES = {
        {"C", "Other"},
        {"Cc", "Control", "cntrl"},
        {"Cf", "Format"},
        {"Cn", "Unassigned"},
        {"Co", "Private_Use"},
        {"Cs", "Surrogate"},
        {"L", "Letter"},
        {"LC", "Cased_Letter"},
        {"Ll", "Lowercase_Letter"},
        {"Lm", "Modifier_Letter"},
        {"Lo", "Other_Letter"},
        {"Lt", "Titlecase_Letter"},
        {"Lu", "Uppercase_Letter"},
        {"M", "Mark", "Combining_Mark"},
        {"Mc", "Spacing_Mark"},
        {"Me", "Enclosing_Mark"},
        {"Mn", "Nonspacing_Mark"},
        {"N", "Number"},
        {"Nd", "Decimal_Number", "digit"},
        {"Nl", "Letter_Number"},
        {"No", "Other_Number"},
        {"P", "Punctuation", "punct"},
        {"Pc", "Connector_Punctuation"},
        {"Pd", "Dash_Punctuation"},
        {"Pe", "Close_Punctuation"},
        {"Pf", "Final_Punctuation"},
        {"Pi", "Initial_Punctuation"},
        {"Po", "Other_Punctuation"},
        {"Ps", "Open_Punctuation"},
        {"S", "Symbol"},
        {"Sc", "Currency_Symbol"},
        {"Sk", "Modifier_Symbol"},
        {"Sm", "Math_Symbol"},
        {"So", "Other_Symbol"},
        {"Z", "Separator"},
        {"Zl", "Line_Separator"},
        {"Zp", "Paragraph_Separator"},
        {"Zs", "Space_Separator"},
    };

    /** Any name of a General_Category value, to Java's name for it. */
    private static final Map<String, String> GENERAL_CATEGORIES = new HashMap<>();

    static {
        for (String[] names : GENERAL_CATEGORY_NAMES) {
            for (String name : names) {
                GENERAL_CATEGORIES.put(name, names[0]);
            }
        }
    }

    /** Binary properties (names and aliases) that Java has with the same definition. */
    private static final Map<String, String> BINARY_PROPERTIES = Map.ofEntries(
            Map.entry("ASCII", "ASCII"),
            Map.entry("Alphabetic", "IsAlphabetic"),
            Map.entry("Alpha", "IsAlphabetic"),
            Map.entry("Lowercase", "IsLowercase"),
            Map.entry("Lower", "IsLowercase"),
            Map.entry("Uppercase", "IsUppercase"),
            Map.entry("Upper", "IsUppercase"),
            Map.entry("White_Space", "IsWhite_Space"),
            Map.entry("space", "IsWhite_Space"));

    private static final String ANY_CODE_POINT = "\\x{0}-\\x{10FFFF}";

    private UnicodeProperties() {}

    /**
     * The Java form of {@code \p{property}} ({@code \P} if {@code negated}), or null if the property
     * is unknown or has no exact Java counterpart.
     */
    static ClassEscape toJava(String property, boolean negated) {
        int equals = property.indexOf('=');
        if (equals >= 0) {
            String name = property.substring(0, equals);
            String value = property.substring(equals + 1);
            if (name.equals("General_Category") || name.equals("gc")) {
                return javaProperty(GENERAL_CATEGORIES.get(value), negated);
            }
            if (name.equals("Script") || name.equals("sc")) {
                return javaProperty(scriptName(value), negated);
            }
            return null; // e.g. Script_Extensions, which Java lacks
        }
        if (property.equals("Any")) {
            return negated
                    ? new ClassEscape("[^" + ANY_CODE_POINT + "]", "[^" + ANY_CODE_POINT + "]", true)
                    : new ClassEscape("[" + ANY_CODE_POINT + "]", ANY_CODE_POINT, true);
        }
        String category = GENERAL_CATEGORIES.get(property);
        return javaProperty(category != null ? category : BINARY_PROPERTIES.get(property), negated);
    }

    private static ClassEscape javaProperty(String javaName, boolean negated) {
        if (javaName == null) {
            return null;
        }
        String escape = (negated ? "\\P{" : "\\p{") + javaName + "}";
        return new ClassEscape(escape, escape, true);
    }

    /**
     * The Java script keyword for an ECMAScript Script value: a canonical name such as {@code
     * Old_Italic} or a four-letter ISO 15924 code such as {@code Latn}. ECMAScript matches these
     * case-sensitively, Java does not, so the case is checked here.
     */
    private static String scriptName(String value) {
        for (Character.UnicodeScript script : Character.UnicodeScript.values()) {
            if (titleCase(script.name()).equals(value)) {
                return "sc=" + value;
            }
        }
        if (value.matches("[A-Z][a-z]{3}")) {
            try {
                Character.UnicodeScript.forName(value);
                return "sc=" + value;
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return null;
    }

    /** {@code OLD_ITALIC} to {@code Old_Italic}. */
    private static String titleCase(String constantName) {
        StringBuilder name = new StringBuilder(constantName.length());
        boolean wordStart = true;
        for (char c : constantName.toCharArray()) {
            name.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == '_';
        }
        return name.toString();
    }
}
