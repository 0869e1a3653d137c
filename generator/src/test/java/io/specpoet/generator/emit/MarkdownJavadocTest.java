package io.specpoet.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CommonMark descriptions as Javadoc HTML; spec text never closes the comment or escapes from it. */
class MarkdownJavadocTest {

    @Test
    void rendersParagraphsCodeListsEmphasisAndLinks() {
        String html = MarkdownJavadoc.render(
                "First *line* with `a < b`.\n\n- one\n- **two**\n\nSee [docs](https://example.com/x?a=1&b=2).", true);

        assertThat(html).isEqualTo("""
                First <em>line</em> with <code>a &lt; b</code>.
                <ul>
                <li>one</li>
                <li><strong>two</strong></li>
                </ul>
                <p>See <a href="https://example.com/x?a=1&amp;b=2">docs</a>.</p>""");
    }

    @Test
    void aContinuedDescriptionStartsWithAParagraph() {
        assertThat(MarkdownJavadoc.render("Text.", false)).isEqualTo("<p>Text.</p>");
    }

    @Test
    void scriptAndRelativeLinksAreText() {
        assertThat(MarkdownJavadoc.render("[x](javascript:alert(1)) [y](../a.html)", true))
                .isEqualTo("x y");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ends */ the comment",
                "`code */ span`",
                "```\nblock */ with \\u002a/ escape\n```",
                "<b>*/</b>",
                "[link](https://example.com/*/x)",
                "a \\u002a/ escape and \\\\u0022",
                "*/*/*/",
                "/**/",
                "@deprecated and {@link Foo} and {@code x}",
                "    indented */ code",
                "# heading */",
                "> quote */\n> \\u000a"
            })
    void hostileTextCannotEndTheCommentOrHideAnEscape(String markdown) {
        String html = MarkdownJavadoc.render(markdown, true);

        for (String forbidden : List.of("*/", "/*", "\\", "@")) {
            assertThat(html).as("rendered %s", markdown).doesNotContain(forbidden);
        }
    }
}
