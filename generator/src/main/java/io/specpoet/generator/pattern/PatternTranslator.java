package io.specpoet.generator.pattern;

import io.specpoet.generator.pattern.RegexNode.Alternation;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a JSON Schema / OpenAPI {@code pattern} into a java.util.regex pattern with the same
 * meaning for Jakarta Bean Validation's {@code @Pattern}.
 *
 * <p>The two differ in more than syntax. A schema {@code pattern} is an ECMAScript (ECMA-262)
 * regular expression that validates a string if it matches <em>anywhere</em> in it: {@code abc}
 * accepts {@code "xxabcxx"}, and {@code ^(a)|(b)$} accepts {@code "ax"} and {@code "xb"}. Hibernate
 * Validator's {@code @Pattern} uses {@link java.util.regex.Matcher#matches()}, which must match the
 * <em>whole</em> string. Copying the pattern changes its meaning, and so do the many places where
 * the syntax is shared but the semantics are not. {@link #toJavaFullMatch} returns a pattern {@code
 * P} such that for every string {@code s}, {@code Pattern.compile(P).matcher(s).matches()} equals
 * ECMAScript's {@code new RegExp(pattern, "u").test(s)}:
 *
 * <ul>
 *   <li>Search becomes full match: each alternative is padded with {@code [\s\S]*?} in front and
 *       {@code [\s\S]*} behind, except on a side anchored by a leading {@code ^} or trailing {@code
 *       $}, so the common {@code ^...$} pattern comes out as just its body.
 *   <li>{@code $} is the end of the input ({@code \z}; Java's {@code $} also matches before a final
 *       line terminator); {@code .} excludes exactly the line terminators LF, CR, U+2028 and U+2029
 *       (Java's also excludes U+0085); {@code \s} is ECMAScript's Unicode white space and line
 *       terminator set (Java's is ASCII-only); {@code \b} and {@code \B} become lookarounds on
 *       ASCII {@code \w} (Java's {@code \b} may count non-ASCII letters). {@code \d} and {@code \w}
 *       are ASCII-only in both.
 *   <li>Inside a class, {@code [} and {@code &&} are literal in ECMAScript but nest and intersect
 *       in Java, so they are escaped; {@code []} (matches nothing) and {@code [^]} (matches
 *       anything) have no Java spelling and are rewritten.
 *   <li>Named groups keep their name when Java accepts it (ASCII letters and digits) and become
 *       plain groups otherwise; numbering is the same in both languages.
 * </ul>
 *
 * <p><b>Flags.</b> JSON Schema 2020-12 asks for the {@code u} flag and validators such as ajv use
 * it, so a pattern is read with {@code u} (code point semantics, which java.util.regex shares).
 * Only a pattern that is invalid with {@code u} but valid without it (e.g. {@code \-} or {@code \_}
 * outside a class, a literal brace) is read without it, by the Annex B grammar. That reading
 * matches UTF-16 code units and can split a surrogate pair, which Java cannot; so it is translated
 * only without the constructs that could match half a pair: {@code .}, negated classes and escapes
 * ({@code [^...]}, {@code \D}, {@code \S}, {@code \W}) and surrogate code units. No other flag
 * exists in a schema pattern; the vectors that test this class come from V8 (node), as used by ajv.
 *
 * <p><b>Refused</b> with {@link UnsupportedPatternException} are syntax errors and constructs Java
 * cannot express exactly:
 *
 * <ul>
 *   <li>a lookbehind of unbounded length, one that repeats a group of variable length, or one over
 *       characters that may be surrogates or above U+FFFF (Java bounds and steps back through a
 *       lookbehind in ways that differ there);
 *   <li>a backreference unless its group has certainly captured, in the same repetition, before it
 *       (ECMAScript's reference to an unset or reset group matches empty, Java's fails), and any
 *       backreference inside a lookbehind (ECMAScript matches those backwards);
 *   <li>a pattern that can match the empty string only where {@code \B} or a negative lookaround
 *       allows it (ECMAScript without {@code u}, and V8 even with it, tries positions inside a
 *       surrogate pair, which Java does not have), and a group repeated at least twice that can
 *       match empty only through an assertion (Java stops repeating after an empty repetition);
 *   <li>Unicode property escapes other than General_Category, Script and the binary properties Any,
 *       ASCII, Alphabetic, Lowercase, Uppercase and White_Space; a group name with escapes; a
 *       quantifier minimum above {@code Integer.MAX_VALUE - 1}.
 * </ul>
 *
 * <p>Property escapes use each runtime's own Unicode tables, so they can disagree on characters
 * from Unicode versions only one side knows.
 */
public final class PatternTranslator {

    private PatternTranslator() {}

    /**
     * The java.util.regex pattern that fully matches exactly the strings in which {@code ecmaPattern}
     * finds a match.
     *
     * @throws UnsupportedPatternException if the pattern is not a valid ECMAScript regex, or uses a
     *     construct that has no exact Java equivalent
     */
    public static String toJavaFullMatch(String ecmaPattern) {
        Alternation root;
        UnsupportedPatternException unicodeSyntaxError = null;
        try {
            root = EcmaRegexParser.parse(ecmaPattern, true);
        } catch (UnsupportedPatternException e) {
            if (!e.syntaxError()) {
                throw e;
            }
            unicodeSyntaxError = e;
            try {
                root = EcmaRegexParser.parse(ecmaPattern, false);
            } catch (UnsupportedPatternException withoutUnicodeFlag) {
                throw withoutUnicodeFlag.syntaxError() ? e : withoutUnicodeFlag;
            }
        }
        String javaPattern = new JavaRegexWriter(unicodeSyntaxError).fullMatch(root);
        try {
            Pattern.compile(javaPattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(
                    "translated /" + ecmaPattern + "/ into an invalid Java regex: " + javaPattern, e);
        }
        return javaPattern;
    }
}
