package io.specpoet.generator.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact Java text of translations, and what is refused. Whether translations mean the same is
 * {@link PatternVectorTest}'s business.
 */
class PatternTranslatorTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
# Anchored on both sides: just the body.
^abc$	abc
^$	``
# Unanchored: padded to search the whole input.
abc	[\\s\\S]*?abc[\\s\\S]*
``	[\\s\\S]*
a|b	[\\s\\S]*?(?:a|b)[\\s\\S]*
# Alternatives anchored differently are padded one by one.
^([A-Za-z0-9-]+\\/[A-Za-z0-9-]+)|([0-9a-f]{24})$	([A-Za-z0-9-]+/[A-Za-z0-9-]+)[\\s\\S]*|[\\s\\S]*?([0-9a-f]{24})
# '/*' survives.
^[a-zA-Z/*0-9%\\-.#_!'();,&=+]*$	[a-zA-Z/*0-9%\\-.#_!'();,&=+]*
^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$	/([a-zA-Z0-9\\-._]+/)*[a-zA-Z0-9\\-._]+
# A '$' not at the end is the end of input only.
(a$)	[\\s\\S]*?(a\\z)[\\s\\S]*
^a.b$	a[^\\n\\r\\u2028\\u2029]b
^\\s$	[\\t\\n\\x0B\\f\\r \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]
^[^\\S]$	[^[^\\t\\n\\x0B\\f\\r \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]]
^\\d\\w\\W$	\\d\\w\\W
^\\bfoo$	(?!(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))foo
# Literal in ECMAScript, special in Java classes.
^[a&&b[]$	[a&\\&b\\[]
^[-a-]$	[-a-]
^[a\\-z]$	[a\\-z]
^[]$	(?!)
^[^]$	[\\s\\S]
^(?<year>\\d{4})-\\k<year>$	(?<year>\\d{4})-\\k<year>
# Java group names are ASCII letters and digits only; numbers do not change.
^(?<first_name>a)\\k<first_name>$	(a)\\1
# \\1 then a digit would read as \\11 in Java.
^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\1\\x31$	(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(?:\\1)1
^a{2,}?b{0,1}c{3}$	a{2,}?b?c{3}
^\\p{Lu}\\P{sc=Latn}$	\\p{Lu}\\P{sc=Latn}
^\\u{1F600}\\ud83d\\ude01\\u00e9\\u20ac$	\\x{1F600}\\x{1F601}\\xE9\\u20AC
^(?<=\\$)\\d+$	(?<=\\$)\\d+
# Invalid with the u flag, so read without it (Annex B).
^\\d{3}\\-\\d{4}$	\\d{3}-\\d{4}
^a{,2}]$	a\\{,2\\}\\]
^\\101$	A
^[\\w-.]$	[\\w\\-.]
""")
    void translates(String ecmaPattern, String javaPattern) {
        assertThat(PatternTranslator.toJavaFullMatch(ecmaPattern)).isEqualTo(javaPattern);
    }

    @ParameterizedTest(name = "{0}  ->  {1} at {2}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
          (	unterminated group	0
          [a-	unterminated character class	0
          a{2,1}	numbers out of order in quantifier '{2,1}'	1
          \\	'\\' at end of pattern	0
          a)	unmatched ')'	1
          *a	nothing to repeat	0
          a**	nothing to repeat	2
          ^*	nothing to repeat	1
          (?<n>a)(?<n>b)	duplicate group name 'n'	7
          (?i:a)	invalid group '(?'	0
          \\k<x>(?<y>a)	reference to an undefined group 'x'	0
          [z-a]	range out of order in character class	2
          """)
    void rejectsInvalidPatterns(String ecmaPattern, String construct, int index) {
        UnsupportedPatternException e = refusal(ecmaPattern);

        assertThat(e.syntaxError()).isTrue();
        assertThat(e.construct()).isEqualTo(construct);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e).hasMessage("invalid regex: " + construct + " at offset " + index);
    }

    @ParameterizedTest(name = "{0}  ->  {1} at {2}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
(?<=a+)b	lookbehind of unbounded length	0
x(?<=(?:a|bc){2})	lookbehind repeating a group of variable length	1
(?<=.)a	lookbehind over characters that may be surrogates or above U+FFFF	0
\\1(a)	backreference \\1 to a group that may not have matched	0
(?:(a)|b)\\1	backreference \\1 to a group that may not have matched	9
(a)?\\1	backreference \\1 to a group that may not have matched	4
(?:(a)\\1|b\\1)+	backreference \\1 to a group that may not have matched	10
(?<=(a)\\1)b	backreference \\1 inside a lookbehind	7
\\B	empty match that only \\B or a negative lookaround allows	0
a|(?!b)	empty match that only \\B or a negative lookaround allows	2
(?:\\b|a){2}c	group repeated at least twice that matches empty only through an assertion	0
\\p{Script_Extensions=Latin}	property escape \\p{Script_Extensions=Latin}	0
(?<a\\u0062>x)	escape in a group name	4
a{2147483647}	quantifier minimum above 2147483646	1
""")
    void refusesWhatJavaCannotExpress(String ecmaPattern, String construct, int index) {
        UnsupportedPatternException e = refusal(ecmaPattern);

        assertThat(e.syntaxError()).isFalse();
        assertThat(e.construct()).isEqualTo(construct);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e).hasMessage("unsupported regex construct '" + construct + "' at offset " + index);
    }

    /** Without the u flag, anything that could match half of a surrogate pair is refused. */
    @ParameterizedTest(name = "{0}  ->  {1} at {2}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
          \\-.	. without the u flag	2
          \\_[^a]	[^a] without the u flag	2
          \\_\\S	\\S without the u flag	2
          \\_\\ud83d\\ude00	surrogate code unit without the u flag	2
          """)
    void refusesCodeUnitConstructsWithoutTheUnicodeFlag(String ecmaPattern, String construct, int index) {
        UnsupportedPatternException e = refusal(ecmaPattern);

        assertThat(e.syntaxError()).isFalse();
        assertThat(e.construct()).isEqualTo(construct);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e)
                .hasMessage("unsupported regex construct '"
                        + construct
                        + "' at offset "
                        + index
                        + " (the pattern is read without the u flag because with it it is invalid: "
                        + "invalid escape '"
                        + ecmaPattern.substring(0, 2)
                        + "' at offset 0)");
    }

    private static UnsupportedPatternException refusal(String ecmaPattern) {
        UnsupportedPatternException e = catchThrowableOfType(
                UnsupportedPatternException.class, () -> PatternTranslator.toJavaFullMatch(ecmaPattern));
        assertThat(e).as("refusal of /%s/", ecmaPattern).isNotNull();
        return e;
    }
}
