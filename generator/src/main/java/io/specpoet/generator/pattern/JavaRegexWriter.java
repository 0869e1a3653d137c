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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes a parsed ECMAScript regex as a java.util.regex pattern for {@code Matcher.matches()},
 * refusing what Java cannot express with the same meaning. See {@link PatternTranslator} for the
 * semantics.
 */
final class JavaRegexWriter {

    /** Any code point, line terminators included. */
    private static final String ANY = "[\\s\\S]";

    // ECMAScript's \b is defined by its \w, which is Java's \w; Java's own \b is not (before JDK 19
    // it treats all Unicode letters and digits as word characters). Each is a single lookahead so
    // that Java can still measure a lookbehind that repeats it.
    private static final String WORD_BOUNDARY = "(?!(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))";
    private static final String NOT_WORD_BOUNDARY = "(?!(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";

    /** Metacharacters escaped outside a class; Java accepts a backslash before any of them. */
    private static final String JAVA_METACHARACTERS = "\\^$.|?*+()[]{}";

    /**
     * With the u flag null. Without it (the pattern is invalid with it), the u reading's error: the
     * reading without it works on UTF-16 code units, which Java cannot, so constructs that could see
     * half of a surrogate pair are refused.
     */
    private final UnsupportedPatternException unicodeSyntaxError;

    JavaRegexWriter(UnsupportedPatternException unicodeSyntaxError) {
        this.unicodeSyntaxError = unicodeSyntaxError;
    }

    /**
     * A pattern that matches a whole input exactly when {@code root} matches somewhere in it. An
     * alternative that starts with {@code ^} or ends with {@code $} needs no padding on that side.
     */
    String fullMatch(Alternation root) {
        if (emptiness(root, true) == Emptiness.CONDITIONAL) {
            throw UnsupportedPatternException.untranslatable(
                    "empty match that only \\B or a negative lookaround allows", firstNegativeAssertion(root));
        }
        List<Sequence> alternatives = root.alternatives();
        int count = alternatives.size();
        String[] bodies = new String[count];
        boolean[] startAnchored = new boolean[count];
        boolean[] endAnchored = new boolean[count];
        for (int i = 0; i < count; i++) {
            List<RegexNode> terms = alternatives.get(i).terms();
            int from = 0;
            int to = terms.size();
            if (from < to && terms.get(from) instanceof Anchor anchor && anchor.start()) {
                startAnchored[i] = true;
                from++;
            }
            if (from < to && terms.get(to - 1) instanceof Anchor anchor && !anchor.start()) {
                endAnchored[i] = true;
                to--;
            }
            bodies[i] = sequence(terms.subList(from, to), Set.of(), false);
        }
        boolean uniform = true;
        for (int i = 1; i < count; i++) {
            uniform &= startAnchored[i] == startAnchored[0] && endAnchored[i] == endAnchored[0];
        }
        if (uniform) {
            String body = String.join("|", bodies);
            boolean padded = !startAnchored[0] || !endAnchored[0];
            return pad(count > 1 && padded ? "(?:" + body + ")" : body, startAnchored[0], endAnchored[0]);
        }
        StringJoiner joined = new StringJoiner("|");
        for (int i = 0; i < count; i++) {
            joined.add(pad(bodies[i], startAnchored[i], endAnchored[i]));
        }
        return joined.toString();
    }

    private static String pad(String body, boolean startAnchored, boolean endAnchored) {
        if (body.isEmpty() && !startAnchored && !endAnchored) {
            return ANY + "*";
        }
        return (startAnchored ? "" : ANY + "*?") + body + (endAnchored ? "" : ANY + "*");
    }

    private String alternation(Alternation alternation, Set<Integer> captured, boolean inLookbehind) {
        StringJoiner joined = new StringJoiner("|");
        for (Sequence alternative : alternation.alternatives()) {
            joined.add(sequence(alternative.terms(), captured, inLookbehind));
        }
        return joined.toString();
    }

    /**
     * Writes terms in order. {@code capturedBefore} holds the groups that have certainly captured, in
     * the current repetition, when the first term is reached.
     */
    private String sequence(List<RegexNode> terms, Set<Integer> capturedBefore, boolean inLookbehind) {
        Set<Integer> captured = new HashSet<>(capturedBefore);
        StringBuilder out = new StringBuilder();
        int numericBackreferenceStart = -1;
        for (RegexNode term : terms) {
            String text = term(term, captured, inLookbehind);
            if (numericBackreferenceStart >= 0 && !text.isEmpty() && isDigit(text.charAt(0))) {
                // Java would read \1 followed by 2 as \12 when there are 12 groups.
                out.insert(numericBackreferenceStart, "(?:").append(')');
            }
            boolean numericBackreference = term instanceof Backreference && !text.startsWith("\\k");
            numericBackreferenceStart = numericBackreference ? out.length() : -1;
            out.append(text);
            captured.addAll(certainCaptures(term));
        }
        return out.toString();
    }

    private String term(RegexNode node, Set<Integer> captured, boolean inLookbehind) {
        if (node instanceof Literal literal) {
            int codePoint = literal.codePoint();
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                requireUnicodeFlag("surrogate code unit", literal.offset());
            }
            return literal(literal.codePoint());
        }
        if (node instanceof CharSet set) {
            if (!isPlainBmp(set)) {
                requireUnicodeFlag(set.source(), set.offset());
            }
            return charSet(set);
        }
        if (node instanceof Group group) {
            return groupOpening(group) + alternation(group.body(), captured, inLookbehind) + ")";
        }
        if (node instanceof Lookaround lookaround) {
            return lookaround(lookaround, captured, inLookbehind);
        }
        if (node instanceof Quantified quantified) {
            return quantified(quantified, captured, inLookbehind);
        }
        if (node instanceof Anchor anchor) {
            // Java's $ would also match before a final line terminator.
            return anchor.start() ? "^" : "\\z";
        }
        if (node instanceof WordBoundary boundary) {
            return boundary.negated() ? NOT_WORD_BOUNDARY : WORD_BOUNDARY;
        }
        return backreference((Backreference) node, captured, inLookbehind);
    }

    private static String groupOpening(Group group) {
        if (group.number() == 0) {
            return "(?:";
        }
        // Named groups are numbered like plain ones in both languages, so a name Java does not
        // accept can simply be dropped.
        return javaGroupName(group.name()) != null ? "(?<" + group.name() + ">" : "(";
    }

    private static String javaGroupName(String name) {
        return name != null && name.matches("[A-Za-z][A-Za-z0-9]*") ? name : null;
    }

    private String lookaround(Lookaround lookaround, Set<Integer> captured, boolean inLookbehind) {
        String body = alternation(lookaround.body(), captured, inLookbehind || lookaround.behind());
        if (lookaround.behind()) {
            checkLookbehind(lookaround);
        }
        String opening = lookaround.behind() ? "(?<" : "(?";
        return opening + (lookaround.negative() ? "!" : "=") + body + ")";
    }

    private String quantified(Quantified quantified, Set<Integer> captured, boolean inLookbehind) {
        if (quantified.atom() instanceof Lookaround) {
            // Annex B quantified lookahead: a repetition that matches empty is rejected once the
            // minimum is reached, so only a mandatory first one counts; an optional one is kept as
            // such (Java's '?') so that the groups inside keep their numbers.
            String lookahead = term(quantified.atom(), captured, inLookbehind);
            return quantified.min() == 0 ? lookahead + "?" : lookahead;
        }
        if (quantified.atom() instanceof Group group
                && quantified.min() >= 2
                && emptiness(group, false) == Emptiness.CONDITIONAL) {
            // Java stops repeating after an empty repetition even below the minimum, skipping the
            // ECMAScript path where an empty repetition (allowed by an assertion) precedes a longer one.
            throw UnsupportedPatternException.untranslatable(
                    "group repeated at least twice that matches empty only through an assertion", group.offset());
        }
        String atom = term(quantified.atom(), captured, inLookbehind);
        int min = quantified.min();
        int max = quantified.max();
        String quantifier;
        if (max == Quantified.UNBOUNDED) {
            quantifier = min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}";
        } else if (min == 0 && max == 1) {
            quantifier = "?";
        } else {
            quantifier = min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
        }
        return atom + quantifier + (quantified.lazy() ? "?" : "");
    }

    /** How a node can match the empty string. */
    private enum Emptiness {
        /** Not at all. */
        NEVER,
        /** Only where some assertion holds. */
        CONDITIONAL,
        /** Through a path free of such conditions, so at every position. */
        ALWAYS
    }

    /**
     * How {@code node} can match empty. With {@code insidePair}, at a position inside a surrogate
     * pair, where nothing can be consumed in either direction, {@code ^ $ \b} fail and {@code \B}
     * holds; "conditional" then means that only {@code \B} or a negative lookaround allows it. Such
     * positions do not exist in Java, but do exist in ECMAScript without the u flag and, as an engine
     * quirk, in V8 with it: /\B/u finds a match between the halves of U+1F600 in x-U+1F600-y.
     */
    private static Emptiness emptiness(RegexNode node, boolean insidePair) {
        if (node instanceof Literal || node instanceof CharSet) {
            return Emptiness.NEVER;
        }
        if (node instanceof Quantified quantified) {
            return quantified.min() == 0 ? Emptiness.ALWAYS : emptiness(quantified.atom(), insidePair);
        }
        if (node instanceof Group group) {
            return emptiness(group.body(), insidePair);
        }
        if (node instanceof Alternation alternation) {
            Emptiness best = Emptiness.NEVER;
            for (Sequence alternative : alternation.alternatives()) {
                Emptiness emptiness = emptiness(alternative, insidePair);
                best = emptiness.compareTo(best) > 0 ? emptiness : best;
            }
            return best;
        }
        if (node instanceof Sequence sequence) {
            Emptiness worst = Emptiness.ALWAYS;
            for (RegexNode term : sequence.terms()) {
                Emptiness emptiness = emptiness(term, insidePair);
                worst = emptiness.compareTo(worst) < 0 ? emptiness : worst;
            }
            return worst;
        }
        if (!insidePair) {
            return Emptiness.CONDITIONAL; // an assertion, or a backreference to an empty capture
        }
        if (node instanceof Backreference) {
            // Its group is on the same path (see backreference()), so it captured empty too.
            return Emptiness.ALWAYS;
        }
        if (node instanceof Lookaround lookaround) {
            Emptiness inner = emptiness(lookaround.body(), true);
            if (!lookaround.negative()) {
                return inner;
            }
            return inner == Emptiness.ALWAYS ? Emptiness.NEVER : Emptiness.CONDITIONAL;
        }
        boolean notWordBoundary = node instanceof WordBoundary boundary && boundary.negated();
        return notWordBoundary ? Emptiness.CONDITIONAL : Emptiness.NEVER;
    }

    /** Offset of the first {@code \B} or negative lookaround, for an error message. */
    private static int firstNegativeAssertion(RegexNode node) {
        if (node instanceof WordBoundary boundary && boundary.negated()) {
            return boundary.offset();
        }
        if (node instanceof Lookaround lookaround && lookaround.negative()) {
            return lookaround.offset();
        }
        return children(node).stream()
                .mapToInt(JavaRegexWriter::firstNegativeAssertion)
                .filter(offset -> offset >= 0)
                .findFirst()
                .orElse(-1);
    }

    /** Refuses a lookbehind that java.util.regex cannot run with ECMAScript's meaning. */
    private static void checkLookbehind(Lookaround lookbehind) {
        if (maxLength(lookbehind.body()) < 0) {
            throw UnsupportedPatternException.untranslatable("lookbehind of unbounded length", lookbehind.offset());
        }
        if (!javaCanMeasure(lookbehind.body())) {
            throw UnsupportedPatternException.untranslatable(
                    "lookbehind repeating a group of variable length", lookbehind.offset());
        }
        // Java steps back by UTF-16 code units unless the pattern text itself holds a supplementary
        // character, so it can miss a pair or start inside one.
        if (!isPlainBmp(lookbehind.body())) {
            throw UnsupportedPatternException.untranslatable(
                    "lookbehind over characters that may be surrogates or above U+FFFF", lookbehind.offset());
        }
    }

    /**
     * ECMAScript's backreference to a group that has not captured (or was reset when its enclosing
     * quantifier repeated) matches the empty string, Java's fails. So a backreference is written only
     * where its group has certainly captured in the current repetition.
     */
    private String backreference(Backreference reference, Set<Integer> captured, boolean inLookbehind) {
        if (inLookbehind) {
            // ECMAScript matches a lookbehind backwards, so its captures and references differ.
            throw UnsupportedPatternException.untranslatable(
                    "backreference " + reference.source() + " inside a lookbehind", reference.offset());
        }
        if (!captured.contains(reference.group())) {
            throw UnsupportedPatternException.untranslatable(
                    "backreference " + reference.source() + " to a group that may not have matched",
                    reference.offset());
        }
        String name = javaGroupName(reference.groupName());
        return name != null ? "\\k<" + name + ">" : "\\" + reference.group();
    }

    /**
     * Groups that have captured whenever {@code node} has matched: the node itself if it is a
     * capturing group, and those among its contents that are neither optional, repeated, alternatives
     * nor inside a lookaround.
     */
    private static Set<Integer> certainCaptures(RegexNode node) {
        if (!(node instanceof Group group)) {
            return Set.of();
        }
        Set<Integer> captures = new HashSet<>();
        if (group.number() > 0) {
            captures.add(group.number());
        }
        if (group.body().alternatives().size() == 1) {
            for (RegexNode term : group.body().alternatives().get(0).terms()) {
                captures.addAll(certainCaptures(term));
            }
        }
        return captures;
    }

    /** Longest match in code points, or -1 if unbounded: Java requires a bounded lookbehind. */
    private static long maxLength(RegexNode node) {
        if (node instanceof Literal || node instanceof CharSet) {
            return 1;
        }
        if (node instanceof Group group) {
            return maxLength(group.body());
        }
        if (node instanceof Alternation alternation) {
            long longest = 0;
            for (Sequence alternative : alternation.alternatives()) {
                long length = maxLength(alternative);
                if (length < 0) {
                    return -1;
                }
                longest = Math.max(longest, length);
            }
            return longest;
        }
        if (node instanceof Sequence sequence) {
            long total = 0;
            for (RegexNode term : sequence.terms()) {
                long length = maxLength(term);
                if (length < 0) {
                    return -1;
                }
                total += length;
            }
            return total > Integer.MAX_VALUE ? -1 : total;
        }
        if (node instanceof Quantified quantified) {
            long atom = maxLength(quantified.atom());
            if (atom < 0 || quantified.max() == Quantified.UNBOUNDED) {
                return -1;
            }
            long total = atom * quantified.max();
            return total > Integer.MAX_VALUE ? -1 : total;
        }
        if (node instanceof Backreference) {
            return -1;
        }
        return 0; // assertions
    }

    /**
     * Whether Java can bound a lookbehind with this content: it gives up on a group repeated (other
     * than by {@code ?}) whose own length varies, through alternatives or quantifiers.
     */
    private static boolean javaCanMeasure(RegexNode node) {
        if (node instanceof Lookaround) {
            return true; // not measured; a nested lookbehind is checked on its own
        }
        if (node instanceof Quantified quantified) {
            boolean optional = quantified.min() == 0 && quantified.max() == 1;
            if (quantified.atom() instanceof Group group && !optional && !hasFixedShape(group)) {
                return false;
            }
            return javaCanMeasure(quantified.atom());
        }
        return children(node).stream().allMatch(JavaRegexWriter::javaCanMeasure);
    }

    /**
     * No alternatives and only exact repetitions, outside lookarounds (which Java does not measure).
     */
    private static boolean hasFixedShape(RegexNode node) {
        if (node instanceof Alternation alternation
                && alternation.alternatives().size() > 1) {
            return false;
        }
        if (node instanceof Quantified quantified && quantified.min() != quantified.max()) {
            return false;
        }
        return node instanceof Lookaround || children(node).stream().allMatch(JavaRegexWriter::hasFixedShape);
    }

    private static List<? extends RegexNode> children(RegexNode node) {
        if (node instanceof Alternation alternation) {
            return alternation.alternatives();
        }
        if (node instanceof Sequence sequence) {
            return sequence.terms();
        }
        if (node instanceof Group group) {
            return List.of(group.body());
        }
        if (node instanceof Lookaround lookaround) {
            return List.of(lookaround.body());
        }
        if (node instanceof Quantified quantified) {
            return List.of(quantified.atom());
        }
        return List.of();
    }

    /**
     * Whether everything {@code node} consumes is a BMP code point other than a surrogate, that is
     * one UTF-16 code unit that cannot be half of a pair. Lookarounds inside consume nothing.
     */
    private static boolean isPlainBmp(RegexNode node) {
        if (node instanceof Literal literal) {
            return isPlainBmp(literal.codePoint(), literal.codePoint());
        }
        if (node instanceof CharSet set) {
            return !set.negated()
                    && set.items().stream()
                            .allMatch(item -> item instanceof Range range
                                    ? isPlainBmp(range.from(), range.to())
                                    : !((ClassEscape) item).beyondPlainBmp());
        }
        return node instanceof Lookaround || children(node).stream().allMatch(JavaRegexWriter::isPlainBmp);
    }

    private static boolean isPlainBmp(int from, int to) {
        return to <= 0xFFFF && (to < Character.MIN_SURROGATE || from > Character.MAX_SURROGATE);
    }

    private void requireUnicodeFlag(String construct, int offset) {
        if (unicodeSyntaxError != null) {
            throw UnsupportedPatternException.untranslatableWithoutUnicodeFlag(
                    construct + " without the u flag", offset, unicodeSyntaxError);
        }
    }

    private static String charSet(CharSet set) {
        List<ClassItem> items = set.items();
        if (items.isEmpty()) {
            // [] matches nothing, [^] anything; Java has no empty class.
            return set.negated() ? ANY : "(?!)";
        }
        if (!set.negated() && items.size() == 1 && items.get(0) instanceof ClassEscape escape) {
            return escape.standalone();
        }
        StringBuilder out = new StringBuilder(set.negated() ? "[^" : "[");
        for (int i = 0; i < items.size(); i++) {
            String text = classItem(items.get(i), i == 0, i == items.size() - 1);
            if (text.startsWith("&") && out.charAt(out.length() - 1) == '&') {
                out.append('\\'); // "&&" is intersection in Java
            }
            out.append(text);
        }
        return out.append(']').toString();
    }

    private static String classItem(ClassItem item, boolean first, boolean last) {
        if (item instanceof ClassEscape escape) {
            return escape.inClass();
        }
        Range range = (Range) item;
        if (range.from() == range.to()) {
            return classCharacter(range.from(), first, last);
        }
        return classCharacter(range.from(), first, false) + "-" + classCharacter(range.to(), false, false);
    }

    /**
     * A code point inside a Java class. '[' is a nested class and '&&' an intersection in Java, while
     * ECMAScript reads both literally; '-' stays bare only where it cannot form a range.
     */
    private static String classCharacter(int codePoint, boolean first, boolean last) {
        switch (codePoint) {
            case '-':
                return first || last ? "-" : "\\-";
            case '^':
                return first ? "\\^" : "^";
            case '[':
            case ']':
            case '\\':
                return "\\" + (char) codePoint;
            default:
                return codePoint(codePoint);
        }
    }

    private static String literal(int codePoint) {
        if (codePoint < 0x80 && JAVA_METACHARACTERS.indexOf(codePoint) >= 0) {
            return "\\" + (char) codePoint;
        }
        return codePoint(codePoint);
    }

    /** Printable ASCII as is; anything else as an escape, so the pattern stays readable ASCII. */
    private static String codePoint(int codePoint) {
        switch (codePoint) {
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\f':
                return "\\f";
            default:
                break;
        }
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return String.valueOf((char) codePoint);
        }
        if (codePoint < 0x100) {
            return "\\x" + hex(codePoint, 2);
        }
        if (codePoint < 0x10000 && !Character.isSurrogate((char) codePoint)) {
            return "\\u" + hex(codePoint, 4);
        }
        // Surrogates too go out as \x{...}: Java would join two halves in the four-digit form into
        // one code point, which the u flag does not do for braced escapes.
        return "\\x{" + hex(codePoint, 1) + "}";
    }

    private static String hex(int value, int minDigits) {
        String digits = Integer.toHexString(value).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, minDigits - digits.length())) + digits;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
