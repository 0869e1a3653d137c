package io.specpoet.generator.pattern;

import java.util.List;

/**
 * Syntax tree of an ECMAScript regular expression, as {@link EcmaRegexParser} reads it. Offsets
 * point into the pattern (UTF-16 code units) for error messages.
 */
sealed interface RegexNode {

    /** {@code a|b|c}; a whole pattern and every group body is one. */
    record Alternation(List<Sequence> alternatives) implements RegexNode {}

    /** Terms matched one after the other. */
    record Sequence(List<RegexNode> terms) implements RegexNode {}

    /** One code point matched literally; in non-unicode mode, one UTF-16 code unit. */
    record Literal(int codePoint, int offset) implements RegexNode {}

    /**
     * One code point out of a set: a class {@code [...]}, {@code .}, or an escape such as {@code \d}.
     * {@code source} is the ECMAScript text, for error messages.
     */
    record CharSet(boolean negated, List<ClassItem> items, String source, int offset) implements RegexNode {}

    /** A group; {@code number} is 0 for {@code (?:...)}, {@code name} null unless named. */
    record Group(int number, String name, Alternation body, int offset) implements RegexNode {}

    /** {@code (?=...)}, {@code (?!...)}, {@code (?<=...)} or {@code (?<!...)}. */
    record Lookaround(boolean behind, boolean negative, Alternation body, int offset) implements RegexNode {}

    /** {@code atom{min,max}}, with {@code max == UNBOUNDED} for no upper bound. */
    record Quantified(RegexNode atom, int min, int max, boolean lazy) implements RegexNode {
        static final int UNBOUNDED = -1;
    }

    /** {@code ^} (start) or {@code $} (end) of the input: the pattern never has the m flag. */
    record Anchor(boolean start) implements RegexNode {}

    /** {@code \b}, or {@code \B} when negated. */
    record WordBoundary(boolean negated, int offset) implements RegexNode {}

    /** {@code \1} or {@code \k<name>}; {@code groupName} is the group's name, if it has one. */
    record Backreference(int group, String groupName, String source, int offset) implements RegexNode {}

    /** A member of a {@link CharSet}. */
    sealed interface ClassItem {}

    /** The code points {@code from} to {@code to}, both included; a single one when equal. */
    record Range(int from, int to) implements ClassItem {
        static Range of(int codePoint) {
            return new Range(codePoint, codePoint);
        }
    }

    /**
     * A predefined set such as {@code \s} or {@code \p{Lu}}, already in Java syntax: {@code
     * standalone} outside brackets, {@code inClass} inside them. {@code beyondPlainBmp} if it may
     * match a surrogate or a code point above U+FFFF.
     */
    record ClassEscape(String standalone, String inClass, boolean beyondPlainBmp) implements ClassItem {}
}
