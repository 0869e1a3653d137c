package io.specpoet.generator.pattern;

import io.specpoet.generator.pattern.RegexNode.Alternation;
import io.specpoet.generator.pattern.RegexNode.Anchor;
import io.specpoet.generator.pattern.RegexNode.Backreference;
import io.specpoet.generator.pattern.RegexNode.CharSet;
import io.specpoet.generator.pattern.RegexNode.ClassEscape;
import io.specpoet.generator.pattern.RegexNode.ClassItem;
import io.specpoet.generator.pattern.RegexNode.Group;
import io.specpoet.generator.pattern.RegexNode.Literal;
import io.specpoet.generator.pattern.RegexNode.Lookaround;
import io.specpoet.generator.pattern.RegexNode.Quantified;
import io.specpoet.generator.pattern.RegexNode.Range;
import io.specpoet.generator.pattern.RegexNode.Sequence;
import io.specpoet.generator.pattern.RegexNode.WordBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for ECMAScript (ECMA-262) regular expressions without flags other than
 * {@code u}: with {@code unicode} the grammar of the {@code u} flag, without it the web-compatible
 * grammar of Annex B. Syntax errors throw {@link UnsupportedPatternException#syntaxError()}.
 */
final class EcmaRegexParser {

    /** ECMAScript WhiteSpace and LineTerminator, what {@code \s} matches, in Java class syntax. */
    private static final String WHITE_SPACE =
            "\\t\\n\\x0B\\f\\r \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    // Java's \d and \w are ASCII-only (no UNICODE_CHARACTER_CLASS flag), exactly ECMAScript's.
    private static final ClassEscape DIGIT = new ClassEscape("\\d", "\\d", false);
    private static final ClassEscape NOT_DIGIT = new ClassEscape("\\D", "\\D", true);
    private static final ClassEscape WORD = new ClassEscape("\\w", "\\w", false);
    private static final ClassEscape NOT_WORD = new ClassEscape("\\W", "\\W", true);
    // Java's \s is ASCII-only, so ECMAScript's wider set is spelled out.
    private static final ClassEscape SPACE = new ClassEscape("[" + WHITE_SPACE + "]", WHITE_SPACE, false);
    private static final ClassEscape NOT_SPACE =
            new ClassEscape("[^" + WHITE_SPACE + "]", "[^" + WHITE_SPACE + "]", true);

    /** What {@code .} excludes: the ECMAScript line terminators. */
    private static final List<ClassItem> LINE_TERMINATORS =
            List.of(Range.of('\n'), Range.of('\r'), Range.of(0x2028), Range.of(0x2029));

    private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|";

    /** Largest quantifier bound kept as such; Java strings are shorter than this. */
    private static final BigInteger LARGEST_BOUND = BigInteger.valueOf(Integer.MAX_VALUE - 1);

    private final String pattern;
    private final boolean unicode;

    /** Name of each capturing group by number - 1 (null if unnamed), known before parsing. */
    private final List<String> groupNames;

    private final boolean hasNamedGroups;
    private final Set<String> namesDeclared = new HashSet<>();
    private int groupsOpened;
    private int pos;

    private EcmaRegexParser(String pattern, boolean unicode) {
        this.pattern = pattern;
        this.unicode = unicode;
        this.groupNames = scanGroupNames(pattern);
        this.hasNamedGroups = groupNames.stream().anyMatch(name -> name != null);
    }

    /** Parses a whole pattern, read with the {@code u} flag if {@code unicode}. */
    static Alternation parse(String pattern, boolean unicode) {
        EcmaRegexParser parser = new EcmaRegexParser(pattern, unicode);
        Alternation root = parser.disjunction();
        if (parser.pos < pattern.length()) {
            // A top-level disjunction stops only at a ')'.
            throw UnsupportedPatternException.syntaxError("unmatched ')'", parser.pos);
        }
        return root;
    }

    /**
     * Finds the capturing groups before parsing, as ECMAScript does: {@code \2} and {@code \k<x>} may
     * refer to a group that comes later, and whether {@code \k} is an escape depends on names.
     */
    private static List<String> scanGroupNames(String pattern) {
        List<String> names = new ArrayList<>();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (!pattern.startsWith("?", i + 1)) {
                    names.add(null);
                } else if (pattern.startsWith("?<", i + 1)
                        && !pattern.startsWith("?<=", i + 1)
                        && !pattern.startsWith("?<!", i + 1)) {
                    int end = pattern.indexOf('>', i + 3);
                    names.add(end < 0 ? "" : pattern.substring(i + 3, end));
                }
            }
        }
        return names;
    }

    private Alternation disjunction() {
        List<Sequence> alternatives = new ArrayList<>();
        alternatives.add(alternative());
        while (at('|')) {
            pos++;
            alternatives.add(alternative());
        }
        return new Alternation(List.copyOf(alternatives));
    }

    private Sequence alternative() {
        List<RegexNode> terms = new ArrayList<>();
        while (pos < pattern.length() && !at('|') && !at(')')) {
            terms.add(term());
        }
        return new Sequence(List.copyOf(terms));
    }

    private RegexNode term() {
        RegexNode assertion = assertion();
        if (assertion == null) {
            return quantified(atom());
        }
        // Annex B lets a lookahead (only) take a quantifier.
        if (!unicode && assertion instanceof Lookaround lookaround && !lookaround.behind()) {
            return quantified(assertion);
        }
        if (quantifierAhead()) {
            throw UnsupportedPatternException.syntaxError("nothing to repeat", pos);
        }
        return assertion;
    }

    /** Parses an assertion at {@code pos}, or returns null if there is none. */
    private RegexNode assertion() {
        int start = pos;
        if (at('^') || at('$')) {
            pos++;
            return new Anchor(pattern.charAt(start) == '^');
        }
        if (startsWith("\\b") || startsWith("\\B")) {
            pos += 2;
            return new WordBoundary(pattern.charAt(start + 1) == 'B', start);
        }
        boolean behind = startsWith("(?<=") || startsWith("(?<!");
        if (!behind && !startsWith("(?=") && !startsWith("(?!")) {
            return null;
        }
        pos += behind ? 4 : 3;
        boolean negative = pattern.charAt(pos - 1) == '!';
        Alternation body = disjunction();
        expectGroupEnd(start);
        return new Lookaround(behind, negative, body, start);
    }

    private RegexNode atom() {
        int start = pos;
        char c = pattern.charAt(pos);
        switch (c) {
            case '.':
                pos++;
                return new CharSet(true, LINE_TERMINATORS, ".", start);
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape(false);
            case '*':
            case '+':
            case '?':
                throw UnsupportedPatternException.syntaxError("nothing to repeat", start);
            case '{':
                if (unicode || braceQuantifierEnd() >= 0) {
                    throw UnsupportedPatternException.syntaxError("nothing to repeat", start);
                }
                break;
            case '}':
            case ']':
                if (unicode) {
                    throw UnsupportedPatternException.syntaxError("lone '" + c + "'", start);
                }
                break;
            default:
                break;
        }
        return new Literal(nextSourceCharacter(), start);
    }

    private RegexNode quantified(RegexNode atom) {
        if (pos >= pattern.length()) {
            return atom;
        }
        int start = pos;
        BigInteger min;
        BigInteger max;
        switch (pattern.charAt(pos)) {
            case '*':
                min = BigInteger.ZERO;
                max = null;
                pos++;
                break;
            case '+':
                min = BigInteger.ONE;
                max = null;
                pos++;
                break;
            case '?':
                min = BigInteger.ZERO;
                max = BigInteger.ONE;
                pos++;
                break;
            case '{':
                int end = braceQuantifierEnd();
                if (end < 0) {
                    if (unicode) {
                        throw UnsupportedPatternException.syntaxError("incomplete quantifier '{'", start);
                    }
                    return atom; // Annex B: the '{' is a literal, read as the next term
                }
                String[] bounds = pattern.substring(pos + 1, end).split(",", -1);
                min = new BigInteger(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? null : new BigInteger(bounds[1]);
                pos = end + 1;
                if (max != null && min.compareTo(max) > 0) {
                    throw UnsupportedPatternException.syntaxError(
                            "numbers out of order in quantifier '" + pattern.substring(start, pos) + "'", start);
                }
                break;
            default:
                return atom;
        }
        boolean lazy = at('?');
        if (lazy) {
            pos++;
        }
        if (min.compareTo(LARGEST_BOUND) > 0) {
            throw UnsupportedPatternException.untranslatable("quantifier minimum above " + LARGEST_BOUND, start);
        }
        // No Java string is long enough to tell a larger maximum from no maximum.
        int javaMax = max == null || max.compareTo(LARGEST_BOUND) > 0 ? Quantified.UNBOUNDED : max.intValue();
        return new Quantified(atom, min.intValue(), javaMax, lazy);
    }

    /** If {@code {n}}, {@code {n,}} or {@code {n,m}} starts at {@code pos}, the index of its '}'. */
    private int braceQuantifierEnd() {
        int i = pos + 1;
        int digitsStart = i;
        i = skipDigits(i);
        if (i == digitsStart) {
            return -1;
        }
        if (i < pattern.length() && pattern.charAt(i) == ',') {
            i = skipDigits(i + 1);
        }
        return i < pattern.length() && pattern.charAt(i) == '}' ? i : -1;
    }

    private int skipDigits(int i) {
        while (i < pattern.length() && isDecimalDigit(pattern.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean quantifierAhead() {
        return at('*') || at('+') || at('?') || (at('{') && (unicode || braceQuantifierEnd() >= 0));
    }

    private Group group() {
        int start = pos;
        pos++;
        int number = 0;
        String name = null;
        if (startsWith("?:")) {
            pos += 2;
        } else if (startsWith("?<")) {
            pos += 2;
            name = groupName(start);
            if (!namesDeclared.add(name)) {
                throw UnsupportedPatternException.syntaxError("duplicate group name '" + name + "'", start);
            }
            number = ++groupsOpened;
        } else if (at('?')) {
            throw UnsupportedPatternException.syntaxError("invalid group '(?'", start);
        } else {
            number = ++groupsOpened;
        }
        Alternation body = disjunction();
        expectGroupEnd(start);
        return new Group(number, name, body, start);
    }

    private void expectGroupEnd(int groupStart) {
        if (!at(')')) {
            throw UnsupportedPatternException.syntaxError("unterminated group", groupStart);
        }
        pos++;
    }

    /** Reads {@code name>} of {@code (?<name>} or {@code \k<name>}. */
    private String groupName(int constructStart) {
        StringBuilder name = new StringBuilder();
        while (pos < pattern.length() && !at('>')) {
            int c = pattern.codePointAt(pos);
            if (c == '\\') {
                throw UnsupportedPatternException.untranslatable("escape in a group name", pos);
            }
            if (name.length() == 0 ? !isIdentifierStart(c) : !isIdentifierPart(c)) {
                throw UnsupportedPatternException.syntaxError("invalid group name", constructStart);
            }
            name.appendCodePoint(c);
            pos += Character.charCount(c);
        }
        if (name.length() == 0 || !at('>')) {
            throw UnsupportedPatternException.syntaxError("invalid group name", constructStart);
        }
        pos++;
        return name.toString();
    }

    private static boolean isIdentifierStart(int c) {
        return c == '$' || c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierPart(int c) {
        return c == '$'
                || c == 0x200C // ZWNJ and ZWJ may continue an identifier
                || c == 0x200D
                || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private CharSet characterClass() {
        int start = pos;
        pos++;
        boolean negated = at('^');
        if (negated) {
            pos++;
        }
        List<ClassItem> items = new ArrayList<>();
        while (!at(']')) {
            if (pos >= pattern.length()) {
                throw UnsupportedPatternException.syntaxError("unterminated character class", start);
            }
            ClassItem from = classAtom();
            boolean range = at('-') && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']';
            if (!range) {
                items.add(from);
                continue;
            }
            int dash = pos;
            pos++;
            ClassItem to = classAtom();
            if (from instanceof Range low && to instanceof Range high) {
                if (low.from() > high.from()) {
                    throw UnsupportedPatternException.syntaxError("range out of order in character class", dash);
                }
                items.add(new Range(low.from(), high.from()));
            } else if (unicode) {
                throw UnsupportedPatternException.syntaxError("character class escape as a range bound", dash);
            } else {
                // Annex B: a "range" with a class escape at either end is the union of both and '-'.
                items.add(from);
                items.add(Range.of('-'));
                items.add(to);
            }
        }
        pos++;
        return new CharSet(negated, List.copyOf(items), pattern.substring(start, pos), start);
    }

    /** One member of a class: a single code point (as a one-element range) or a class escape. */
    private ClassItem classAtom() {
        if (!at('\\')) {
            return Range.of(nextSourceCharacter());
        }
        RegexNode escape = escape(true);
        return escape instanceof CharSet set ? set.items().get(0) : Range.of(((Literal) escape).codePoint());
    }

    /**
     * Parses the escape at {@code pos}. Returns a {@link Literal}, a {@link CharSet} holding one
     * {@link ClassEscape}, or (outside a class) a {@link Backreference}. {@code \b} and {@code \B}
     * outside a class are assertions, read before this is called.
     */
    private RegexNode escape(boolean inClass) {
        int start = pos;
        pos++;
        if (pos >= pattern.length()) {
            throw UnsupportedPatternException.syntaxError("'\\' at end of pattern", start);
        }
        char c = pattern.charAt(pos);
        switch (c) {
            case 'd':
                return classEscape(DIGIT, start);
            case 'D':
                return classEscape(NOT_DIGIT, start);
            case 'w':
                return classEscape(WORD, start);
            case 'W':
                return classEscape(NOT_WORD, start);
            case 's':
                return classEscape(SPACE, start);
            case 'S':
                return classEscape(NOT_SPACE, start);
            case 'p':
            case 'P':
                if (unicode) {
                    return propertyEscape(start);
                }
                break;
            case 'f':
                return literalAfter(1, '\f', start);
            case 'n':
                return literalAfter(1, '\n', start);
            case 'r':
                return literalAfter(1, '\r', start);
            case 't':
                return literalAfter(1, '\t', start);
            case 'v':
                return literalAfter(1, 0x0B, start);
            case 'b':
                return literalAfter(1, '\b', start); // only reached inside a class: backspace
            case 'c':
                return controlEscape(inClass, start);
            case 'x':
                if (hexDigitsAt(pos + 1, 2)) {
                    return literalAfter(3, Integer.parseInt(pattern.substring(pos + 1, pos + 3), 16), start);
                }
                if (unicode) {
                    throw UnsupportedPatternException.syntaxError("invalid escape '\\x'", start);
                }
                break;
            case 'u':
                if (unicode || hexDigitsAt(pos + 1, 4)) {
                    return new Literal(unicodeEscape(start), start);
                }
                break;
            case 'k':
                if (unicode || hasNamedGroups) {
                    if (inClass) {
                        throw UnsupportedPatternException.syntaxError("invalid escape '\\k'", start);
                    }
                    return namedBackreference(start);
                }
                break;
            case '-':
                if (unicode && !inClass) {
                    throw UnsupportedPatternException.syntaxError("invalid escape '\\-'", start);
                }
                break;
            default:
                if (isDecimalDigit(c)) {
                    return decimalEscape(inClass, start);
                }
                if (unicode && SYNTAX_CHARACTERS.indexOf(c) < 0 && c != '/') {
                    throw UnsupportedPatternException.syntaxError(
                            "invalid escape '" + pattern.substring(start, start + 2) + "'", start);
                }
                break;
        }
        // An identity escape: the character itself.
        return new Literal(nextSourceCharacter(), start);
    }

    private CharSet classEscape(ClassEscape escape, int start) {
        pos++;
        return new CharSet(false, List.of(escape), pattern.substring(start, pos), start);
    }

    private Literal literalAfter(int length, int codePoint, int start) {
        pos += length;
        return new Literal(codePoint, start);
    }

    /** {@code \cX}, at the 'c'. */
    private Literal controlEscape(boolean inClass, int start) {
        char letter = pos + 1 < pattern.length() ? pattern.charAt(pos + 1) : 0;
        boolean asciiLetter = (letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z');
        // Annex B also allows a digit or '_' inside a class.
        boolean annexBClassLetter = !unicode && inClass && (isDecimalDigit(letter) || letter == '_');
        if (asciiLetter || annexBClassLetter) {
            return literalAfter(2, letter % 32, start);
        }
        if (unicode) {
            throw UnsupportedPatternException.syntaxError("invalid escape '\\c'", start);
        }
        // Annex B: the backslash is a literal and the 'c' is read as the next character.
        return new Literal('\\', start);
    }

    /** {@code \1}, {@code \0}, or (Annex B) a legacy octal escape, at the first digit. */
    private RegexNode decimalEscape(boolean inClass, int start) {
        if (!inClass && pattern.charAt(pos) != '0') {
            int end = skipDigits(pos);
            BigInteger number = new BigInteger(pattern.substring(pos, end));
            if (number.compareTo(BigInteger.valueOf(groupNames.size())) <= 0) {
                pos = end;
                int group = number.intValue();
                return new Backreference(group, groupNames.get(group - 1), pattern.substring(start, end), start);
            }
        }
        if (unicode) {
            boolean nul = pattern.charAt(pos) == '0' && !isDecimalDigit(charAt(pos + 1));
            if (!nul) {
                throw UnsupportedPatternException.syntaxError(
                        "invalid escape '" + pattern.substring(start, skipDigits(pos)) + "'", start);
            }
            return literalAfter(1, 0, start);
        }
        char first = pattern.charAt(pos);
        if (first == '8' || first == '9') {
            return literalAfter(1, first, start); // Annex B identity escape
        }
        // Annex B legacy octal: up to three octal digits, at most \377.
        int maxDigits = first <= '3' ? 3 : 2;
        int value = 0;
        for (int digits = 0; digits < maxDigits && isOctalDigit(charAt(pos)); digits++) {
            value = value * 8 + (pattern.charAt(pos) - '0');
            pos++;
        }
        return new Literal(value, start);
    }

    private Backreference namedBackreference(int start) {
        pos++; // the 'k'
        if (!at('<')) {
            throw UnsupportedPatternException.syntaxError("invalid named reference '\\k'", start);
        }
        pos++;
        String name = groupName(start);
        int number = groupNames.indexOf(name) + 1;
        if (number == 0) {
            throw UnsupportedPatternException.syntaxError("reference to an undefined group '" + name + "'", start);
        }
        return new Backreference(number, name, pattern.substring(start, pos), start);
    }

    /** A 'u' escape: four hex digits, or with the u flag also braces or an escaped surrogate pair. */
    private int unicodeEscape(int start) {
        if (unicode && startsWithAt(pos + 1, "{")) {
            int close = pattern.indexOf('}', pos + 2);
            String hex = close < 0 ? "" : pattern.substring(pos + 2, close);
            if (hex.isEmpty() || !hexDigitsAt(pos + 2, hex.length()) || !validCodePoint(hex)) {
                throw UnsupportedPatternException.syntaxError("invalid escape '\\u{'", start);
            }
            pos = close + 1;
            return Integer.parseInt(hex, 16);
        }
        if (!hexDigitsAt(pos + 1, 4)) {
            throw UnsupportedPatternException.syntaxError("invalid escape '\\u'", start);
        }
        char unit = (char) Integer.parseInt(pattern.substring(pos + 1, pos + 5), 16);
        pos += 5;
        if (unicode && Character.isHighSurrogate(unit) && startsWith("\\u") && hexDigitsAt(pos + 2, 4)) {
            char low = (char) Integer.parseInt(pattern.substring(pos + 2, pos + 6), 16);
            if (Character.isLowSurrogate(low)) {
                pos += 6;
                return Character.toCodePoint(unit, low);
            }
        }
        return unit;
    }

    private static boolean validCodePoint(String hex) {
        String digits = hex.replaceFirst("^0+(?=.)", "");
        return digits.length() <= 6 && Integer.parseInt(digits, 16) <= Character.MAX_CODE_POINT;
    }

    /** {@code \p{...}} or {@code \P{...}} (u flag only), at the 'p'. */
    private CharSet propertyEscape(int start) {
        boolean negated = pattern.charAt(pos) == 'P';
        int close = pattern.indexOf('}', pos);
        if (!startsWithAt(pos + 1, "{") || close < 0) {
            throw UnsupportedPatternException.syntaxError("invalid property escape", start);
        }
        String property = pattern.substring(pos + 2, close);
        pos = close + 1;
        String source = pattern.substring(start, pos);
        ClassEscape escape = UnicodeProperties.toJava(property, negated);
        if (escape == null) {
            throw UnsupportedPatternException.untranslatable("property escape " + source, start);
        }
        return new CharSet(false, List.of(escape), source, start);
    }

    /** The next source character: a code point with the u flag, a UTF-16 code unit without it. */
    private int nextSourceCharacter() {
        int c = unicode ? pattern.codePointAt(pos) : pattern.charAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    private boolean hexDigitsAt(int index, int count) {
        if (index + count > pattern.length()) {
            return false;
        }
        for (int i = index; i < index + count; i++) {
            char c = pattern.charAt(i);
            if (!isDecimalDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F')) {
                return false;
            }
        }
        return true;
    }

    private char charAt(int index) {
        return index < pattern.length() ? pattern.charAt(index) : 0;
    }

    private boolean at(char c) {
        return pos < pattern.length() && pattern.charAt(pos) == c;
    }

    private boolean startsWith(String prefix) {
        return pattern.startsWith(prefix, pos);
    }

    private boolean startsWithAt(int index, String prefix) {
        return pattern.startsWith(prefix, index);
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctalDigit(char c) {
        return c >= '0' && c <= '7';
    }
}
