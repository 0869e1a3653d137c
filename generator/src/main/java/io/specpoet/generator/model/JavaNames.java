package io.specpoet.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns any name a spec can hold (keywords, {@code $schema}, {@code with-dash}, {@code 123start},
 * {@code über}, {@code _}) into a valid Java identifier. Pure functions: uniqueness is the
 * business of {@link NameScope}.
 */
public final class JavaNames {

    /**
     * The public types of java.lang, Java 17 plus later additions: a generated type with one of
     * these names would shadow the java.lang type in its whole package.
     */
    static final Set<String> JAVA_LANG_TYPES = Set.of(
            "AbstractMethodError",
            "Appendable",
            "ArithmeticException",
            "ArrayIndexOutOfBoundsException",
            "ArrayStoreException",
            "AssertionError",
            "AutoCloseable",
            "Boolean",
            "BootstrapMethodError",
            "Byte",
            "CharSequence",
            "Character",
            "Class",
            "ClassCastException",
            "ClassCircularityError",
            "ClassFormatError",
            "ClassLoader",
            "ClassNotFoundException",
            "ClassValue",
            "CloneNotSupportedException",
            "Cloneable",
            "Comparable",
            "Compiler",
            "Deprecated",
            "Double",
            "Enum",
            "EnumConstantNotPresentException",
            "Error",
            "Exception",
            "ExceptionInInitializerError",
            "Float",
            "FunctionalInterface",
            "IllegalAccessError",
            "IllegalAccessException",
            "IllegalArgumentException",
            "IllegalCallerException",
            "IllegalMonitorStateException",
            "IllegalStateException",
            "IllegalThreadStateException",
            "IncompatibleClassChangeError",
            "IndexOutOfBoundsException",
            "InheritableThreadLocal",
            "InstantiationError",
            "InstantiationException",
            "Integer",
            "InternalError",
            "InterruptedException",
            "Iterable",
            "LayerInstantiationException",
            "LinkageError",
            "Long",
            "Math",
            "Module",
            "ModuleLayer",
            "NegativeArraySizeException",
            "NoClassDefFoundError",
            "NoSuchFieldError",
            "NoSuchFieldException",
            "NoSuchMethodError",
            "NoSuchMethodException",
            "NullPointerException",
            "Number",
            "NumberFormatException",
            "Object",
            "OutOfMemoryError",
            "Override",
            "Package",
            "Process",
            "ProcessBuilder",
            "ProcessHandle",
            "Readable",
            "Record",
            "ReflectiveOperationException",
            "Runnable",
            "Runtime",
            "RuntimeException",
            "RuntimePermission",
            "SafeVarargs",
            "SecurityException",
            "SecurityManager",
            "Short",
            "StackOverflowError",
            "StackTraceElement",
            "StackWalker",
            "StrictMath",
            "String",
            "StringBuffer",
            "StringBuilder",
            "StringIndexOutOfBoundsException",
            "SuppressWarnings",
            "System",
            "Thread",
            "ThreadDeath",
            "ThreadGroup",
            "ThreadLocal",
            "Throwable",
            "TypeNotPresentException",
            "UnknownError",
            "UnsatisfiedLinkError",
            "UnsupportedClassVersionError",
            "UnsupportedOperationException",
            "VerifyError",
            "VirtualMachineError",
            "Void",
            // Added after Java 17: reserved so the output also compiles on newer JDKs.
            "MatchException",
            "WrongThreadException",
            "ScopedValue",
            "StringTemplate",
            "IO");

    private JavaNames() {}

    /** {@code release-flow run} → {@code ReleaseFlowRun}. */
    public static String upperCamel(String name) {
        return identifier(joinCamel(words(name), true), "Type");
    }

    /**
     * Inline types are named after the path to them, which grows with nesting; past this length
     * a name keeps its first word and its last words so file names stay within file system limits.
     */
    static final int MAX_TYPE_NAME_LENGTH = 64;

    /** {@code RootLevel0Level1…Level36} → {@code RootLevel33Level34Level35Level36}, within the limit. */
    public static String shortenTypeName(String name) {
        if (name.length() <= MAX_TYPE_NAME_LENGTH) {
            return name;
        }
        List<Integer> humps = new ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                humps.add(i);
            }
        }
        String head = humps.isEmpty() ? name.substring(0, 16) : name.substring(0, Math.min(humps.get(0), 24));
        int budget = MAX_TYPE_NAME_LENGTH - head.length();
        int tailStart = name.length() - budget;
        for (int hump : humps) {
            if (hump >= tailStart) {
                return head + name.substring(hump);
            }
        }
        return head + name.substring(tailStart);
    }

    /** {@code release-flow run} → {@code releaseFlowRun}; keywords get a trailing underscore. */
    public static String lowerCamel(String name) {
        return identifier(joinCamel(words(name), false), "value");
    }

    /** {@code async-wait} → {@code ASYNC_WAIT}; {@code v1.2} → {@code V1_2}. */
    public static String upperSnake(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        return identifier(String.join("_", words).toUpperCase(Locale.ROOT), "EMPTY");
    }

    /** Makes {@code candidate} a legal identifier: never empty, no keyword, no leading digit. */
    private static String identifier(String candidate, String whenEmpty) {
        if (candidate.isEmpty()) {
            return whenEmpty;
        }
        if (!Character.isJavaIdentifierStart(candidate.codePointAt(0))) {
            candidate = "_" + candidate;
        }
        if (SourceVersion.isKeyword(candidate, SourceVersion.RELEASE_17) || candidate.equals("_")) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    /**
     * Splits a name into words at every character that cannot be part of an identifier, at
     * underscores and dollars, and at lower-to-upper camel humps.
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean separator = !Character.isJavaIdentifierPart(codePoint)
                    || codePoint == '_'
                    || codePoint == '$'
                    || Character.isIdentifierIgnorable(codePoint);
            if (separator) {
                flush(word, words);
            } else {
                boolean hump = Character.isUpperCase(codePoint)
                        && (Character.isLowerCase(previous) || Character.isDigit(previous));
                if (hump) {
                    flush(word, words);
                }
                word.appendCodePoint(codePoint);
            }
            previous = separator ? 0 : codePoint;
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String joinCamel(List<String> words, boolean upperFirst) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean capitalize = i > 0 || upperFirst;
            boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
            // Acronyms are kept as written except at the start of a lowerCamel name (URL → url).
            String body = (i == 0 && !upperFirst && allUpper) ? word.toLowerCase(Locale.ROOT) : word;
            if (capitalize) {
                joined.appendCodePoint(Character.toUpperCase(body.codePointAt(0)));
                joined.append(body.substring(Character.charCount(body.codePointAt(0))));
            } else {
                joined.appendCodePoint(Character.toLowerCase(body.codePointAt(0)));
                joined.append(body.substring(Character.charCount(body.codePointAt(0))));
            }
        }
        return joined.toString();
    }
}
