// Regenerates vectors.json: what a real ECMAScript engine (node's V8) says about JSON Schema
// `pattern`s, for PatternVectorTest to hold the Java translation to.
//
//   node make-vectors.mjs        (from this directory; node 20 or later, no npm packages)
//
// A vector is {pattern, mode, input, matches}: `matches` is `new RegExp(pattern, 'u').test(input)`
// and mode is "u"; for a pattern that is invalid with the u flag (and only then) it is read
// without it, mode "non-u", as PatternTranslator does. The output is deterministic and ASCII-only
// (every other character as a \uXXXX escape), so re-running this script reproduces the file byte
// for byte.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EMOJI = '\u{1F600}';

// [pattern, inputs]: a mix of inputs that match and inputs that do not.
const CASES = [
  // The patterns of the Northflank API spec.
  ['^([A-Za-z0-9-]+\\/[A-Za-z0-9-]+)|([0-9a-f]{24})$', [
    'acme/repo', 'acme/repo trailing junk!', 'my-org/my-repo-2', '5f3a9c2b1d4e6f7a8b9c0d1e',
    'junk 5f3a9c2b1d4e6f7a8b9c0d1e', 'acme', '/repo', 'acme/', ' acme/repo',
    '5f3a9c2b1d4e6f7a8b9c0d1', '5F3A9C2B1D4E6F7A8B9C0D1E', '', 'acme/repo\n',
  ]],
  ['^(https:\\/\\/)?((www(\\.[a-zA-Z0-9\\-]{2,})+\\.)?[a-zA-Z0-9\\-]{2,})(\\.([a-zA-Z0-9\\-]{2,}))+(\\/([a-zA-Z0-9\\-._]{2,}))+?$', [
    'https://github.com/acme', 'github.com/acme/repo.git', 'https://www.gitlab.example.com/group/sub_group',
    'https://github.com', 'github.com/a', 'http://github.com/acme', 'https://github.com/acme/',
    'https://github.com/acme repo', 'gitlab.internal.example/acme/repo',
  ]],
  ["^[a-zA-Z/*0-9%\\-.#_!'();,&=+]*$", [
    '/*', 'src/**/*.js', "it's(ok);a=b&c+d#e%f!", '', 'a b', 'path?query', 'caf\u00e9', 'x\n', '[abc]',
  ]],
  ['^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$', [
    '/Dockerfile', '/docker/build/Dockerfile.prod', '/a-b_c.d/e', 'Dockerfile', '/docker/',
    '//Dockerfile', '/docker//Dockerfile', '/docker file', '/',
  ]],

  // Search semantics, anchors and alternation.
  ['^(a)|(b)$', ['a', 'b', 'ax', 'xb', 'xa', 'bx', 'ab', '']],
  ['abc', ['abc', 'xxabcxx', 'ab', 'a bc', 'ABC']],
  ['^abc$', ['abc', 'abc\n', 'xabc', 'abcx']],
  ['abc$', ['xxabc', 'abc\n', 'abcx']],
  ['^abc', ['abcx', 'xabc']],
  ['a|b', ['xax', 'xbx', 'xcx']],
  ['^a$|^b', ['a', 'bcd', 'ab', 'cb']],
  ['(^a|b)c', ['ac', 'xbc', 'xac']],
  ['^$', ['', '\n', ' ']],
  ['', ['', 'anything']],
  ['^a\\n?$', ['a', 'a\n', 'a\n\n']],
  ['^a$', ['a\r', 'a\u2028']],

  // Dot.
  ['^.$', ['a', '\u2028', '\u2029', '\u0085', '\r', '\n', EMOJI, '\ud83d', 'ab', '']],
  ['^a.c$', ['abc', 'a\u0085c', 'a\nc', `a${EMOJI}c`]],
  ['^.{2}$', [EMOJI, `${EMOJI}${EMOJI}`, 'ab']],

  // Character class escapes.
  ['^\\s$', [' ', '\t', '\u000b', '\u00a0', '\u1680', '\u2003', '\u2028', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200b', 'a']],
  ['^\\S+$', ['abc', 'a\u00a0b', 'h\u00e9llo', EMOJI, 'a\u0085b']],
  ['^[\\s\\d]+$', ['1 2', '1\u00a02', '1_2']],
  ['^[^\\s]+$', ['abc', 'a\u2003b']],
  ['^[a\\S]$', ['b', '\u00a0']],
  ['^[^a\\S]$', [' ', '\u00a0', 'a', 'b']],
  ['^\\d+$', ['123', '\u0661\u0662\u0663', '\uff11\uff12', '12a']],
  ['^\\D$', ['a', '5', '\u0665']],
  ['^\\w+$', ['a_1', '\u00e9', 'abc-d', 'ABC']],
  ['^\\W$', ['-', '\u00e9', '_']],
  ['\\bfoo\\b', ['a foo b', 'foobar', '\u00e9foo\u00e9', '_foo', 'foo']],
  ['\\Bfoo', ['afoo', ' foo', 'foo']],
  ['^\\w+\\b', ['abc', 'ab c']],

  // Classes: dashes, brackets and ampersands are literal where Java would read them otherwise.
  ['^[-a]+$', ['-a-', 'b']],
  ['^[a-]+$', ['a-a', 'b']],
  ['^[a\\-z]+$', ['-', 'z', 'b']],
  ['^[\\w-]+$', ['my-name_1', 'my name']],
  ['^[+--]$', [',', '+', '-', '.']],
  ['^[a-c-e]$', ['b', '-', 'e', 'd']],
  ['^[[]$', ['[', ']']],
  ['^[a[b]+$', ['a[b', 'ab', 'c']],
  ['^[\\]]$', [']', '\\']],
  ['^[a&&b]+$', ['a&&b', '&', 'c']],
  ['^[^&&]+$', ['ab', 'a&b']],
  ['^[&]$', ['&']],
  ['^[\\^a]$', ['^', 'a', 'b']],
  ['^[a^]$', ['^', 'a']],
  ['^[^^]$', ['^', 'a']],
  ['^[\\\\]$', ['\\', 'a']],
  ['^[.]$', ['.', 'a']],
  ['[]', ['', 'a', '[]']],
  ['a|[]', ['a', 'b']],
  ['^[^]$', ['a', '\n', EMOJI, '']],
  ['^[^]*$', ['', 'a\nb']],

  // Braces and other literal syntax.
  ['^a\\{2\\}$', ['a{2}', 'aa']],
  ['^\\/\\*$', ['/*']],
  ['^a/*b$', ['ab', 'a//b', 'a/*b']],
  ['^[/*]+$', ['/*/', '*/*']],
  ['^\\$\\d+\\.\\d{2}$', ['$10.50', '$10,50', '10.50']],
  ['^\\(\\d{3}\\) \\d{3}-\\d{4}$', ['(555) 123-4567', '555 123-4567']],
  ['^a\\|b$', ['a|b', 'a']],

  // Quantifiers.
  ['^a{2,3}$', ['a', 'aa', 'aaa', 'aaaa']],
  ['^a{2,}$', ['a', 'aaaaa']],
  ['^(ab){2}$', ['abab', 'ab']],
  ['^a+?b$', ['aab', 'b']],
  ['^(a|ab)(c|bcd)(d*)$', ['abcd', 'acd', 'abd']],
  ['^a*?$', ['', 'aaa', 'ab']],
  ['^(?:a|b)*c??$', ['abab', 'ababc', 'abcc']],
  ['^(a*)*b$', ['aaab', 'b', 'aaa']],
  ['^(?:a?){3}b$', ['b', 'aaab', 'aaaab']],

  // Groups, backreferences and named groups.
  ['^(a+)b\\1$', ['aabaa', 'aaba', 'ab']],
  ['^(["\'])\\w*\\1$', ['"abc"', "'abc'", '"abc\'']],
  ['^(?<quote>["\'])\\w*\\k<quote>$', ["'ab'", '\'ab"']],
  ['^(?<first_name>[a-z]+) \\k<first_name>$', ['bob bob', 'bob ann']],
  ['^(?<year>\\d{4})-(?<month>\\d{2})$', ['2024-05', '2024-5']],
  ['^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\1\\x31$', ['abcdefghijka1', 'abcdefghijkk', 'abcdefghijka']],
  ['^(?:(a)|b)c$', ['ac', 'bc', 'c']],

  // Lookarounds.
  ['^(?=.*\\d)(?=.*[a-z]).{6,}$', ['abc123', 'abcdef', '123456', 'a1']],
  ['^(?!.*--)[a-z-]+$', ['my-name', 'my--name', '-']],
  ['^(?!-)[a-z0-9-]{1,63}(?<!-)$', ['my-host', '-host', 'host-', 'h']],
  ['(?<=\\$)\\d+', ['$100', '100', '$']],
  ['^\\w+(?<!_)$', ['abc', 'abc_']],
  ['(?<=^a{1,2})b', ['ab', 'aab', 'aaab', 'b']],
  ['(?<!\\d)\\d{3}(?!\\d)', ['a123b', '1234', '12']],
  ['(?<=\\bkey=)\\w+', ['key=abc', 'monkey=abc', 'x key=y']],

  // Escapes.
  ['^\\x41\\u0042\\u{43}$', ['ABC', 'abc']],
  ['^\\cJ$', ['\n', 'J']],
  ['^\\0$', ['\0', '0']],
  ['^\\t\\v\\f$', ['\t\u000b\f', '\t\n\f']],
  ['^[\\b]$', ['\b', 'b']],
  ['^\\ud83d\\ude00$', [EMOJI, '\ud83d']],
  ['^\\u{1F600}+$', [`${EMOJI}${EMOJI}`, 'x']],
  ['^a\\u{D83D}', [`a${EMOJI}`, 'a\ud83d', 'a\ud83dx']],

  // Characters beyond U+FFFF and lone surrogates (the u flag works on code points).
  [`^${EMOJI}+$`, [`${EMOJI}${EMOJI}`, '\ud83d']],
  ['^[\u{1F600}-\u{1F602}]$', ['\u{1F601}', '\u{1F603}', '\ud83d']],
  ['^[^a]$', [EMOJI, '\ud800', 'a']],
  ['^\\W{2}$', [EMOJI, '\ud83d\ud83d']],

  // Unicode property escapes.
  ['^\\p{Lu}+$', ['ABC', 'AbC', '\u00c0\u00c9']],
  ['^\\p{L}+$', ['h\u00e9llo', '\u0434\u043e\u043c', 'h3']],
  ['^\\p{Script=Latin}+$', ['abc', '\u0430\u0431\u0432']],
  ['^\\p{sc=Cyrillic}+$', ['\u0430\u0431\u0432', 'abc']],
  ['^\\P{L}+$', ['123', 'a1']],
  ['^\\p{Nd}+$', ['\u0661\u0662\u0663', '123', 'x']],
  ['^[\\p{L}\\p{N}_-]+$', ['\u00e9t\u00e9-2024_x', 'a b']],
  ['^\\p{General_Category=Decimal_Number}$', ['7', 'x']],
  ['^\\p{ASCII}+$', ['abc', 'ab\u00e9']],
  ['^\\p{Any}$', [EMOJI, '\n']],

  // Valid only without the u flag: read by Annex B.
  ['^\\d{3}\\-\\d{4}$', ['555-1234', '5551234']],
  ['^\\_[a-z]+$', ['_abc', 'abc']],
  ['^a{$', ['a{', 'a']],
  ['^x{a}$', ['x{a}', 'x']],
  ['^a{,2}$', ['a{,2}', 'aa']],
  ['^a]$', ['a]', 'a']],
  ['^\\101$', ['A', '\u0041\u0031']],
  ['^[\\w-.]+$', ['a-b.c', 'a b']],
  ['^\\@\\:$', ['@:', '@']],
];

function ascii(json) {
  return json.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const vectors = [];
for (const [pattern, inputs] of CASES) {
  let regex;
  let mode = 'u';
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    regex = new RegExp(pattern);
    mode = 'non-u';
  }
  for (const input of inputs) {
    vectors.push({ pattern, mode, input, matches: regex.test(input) });
  }
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'vectors.json');
writeFileSync(out, ascii(JSON.stringify(vectors, null, 2)) + '\n');
console.log(`wrote ${vectors.length} vectors to ${out}`);
