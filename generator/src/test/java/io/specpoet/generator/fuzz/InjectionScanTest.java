package io.specpoet.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz tests' injection check reads Java as javac does, so it sees what javac would compile. */
class InjectionScanTest {

    private static final List<String> MARKERS = List.of("FuzzInjected");

    @Test
    void markersInCommentsAndLiteralsAreText() {
        String source = String.join(
                "\n",
                "/** *&#47; class FuzzInjected {} \\\\u002a/ */",
                "// FuzzInjected \\u2028 FuzzInjected",
                "class A { String s = \"\\\\u0022; FuzzInjected\"; char c = '\"'; String t = \"\"\"",
                "    FuzzInjected \\\"\"\" FuzzInjected",
                "    \"\"\"; }");

        assertThat(InjectionScan.markersInCode(source, MARKERS)).isEmpty();
    }

    @Test
    void markersThatEscapeACommentOrLiteralAreCode() {
        assertThat(InjectionScan.markersInCode("/** \\u002a/ class FuzzInjected {} /* */", MARKERS))
                .containsExactly("line 1: FuzzInjected");
        assertThat(InjectionScan.markersInCode("class A { String s = \"\\u0022; FuzzInjected x; //\"; }", MARKERS))
                .containsExactly("line 1: FuzzInjected");
        assertThat(InjectionScan.markersInCode("// note \\u000a class FuzzInjected {}", MARKERS))
                .containsExactly("line 2: FuzzInjected");
        assertThat(InjectionScan.markersInCode("class A { String s = \"a\nFuzzInjected\"; }", MARKERS))
                .containsExactly("line 1: unterminated literal");
    }
}
