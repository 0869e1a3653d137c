package io.specpoet.generator.emit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders a spec's CommonMark description as Javadoc HTML that doclint accepts: paragraphs,
 * {@code code} spans and blocks, lists, emphasis, block quotes and http(s)/mailto links. Headings
 * become bold paragraphs (Javadoc owns the heading levels); raw HTML and images are shown as text.
 *
 * <p>Nothing in the text can end the comment or reach javac as code: every character of spec text
 * is written as itself or an HTML entity, and {@code *}{@code /}, {@code /}{@code *}, backslashes
 * (javac decodes {@code \}{@code u} escapes before it finds comments) and {@code @} (Javadoc
 * tags) are always entities. See {@link JavadocSanitizer} for plain text.
 */
final class MarkdownJavadoc {

    private static final Parser PARSER = Parser.builder().build();
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private MarkdownJavadoc() {}

    /**
     * The HTML of a description, or empty when it renders to nothing.
     *
     * @param firstParagraphBare whether the first paragraph goes without {@code <p>}, as Javadoc's
     *     first sentence; false when the text follows other text
     */
    static String render(String markdown, boolean firstParagraphBare) {
        String normalized = markdown.replace("\r\n", "\n").replace('\r', '\n');
        Renderer renderer = new Renderer(firstParagraphBare);
        PARSER.parse(normalized).accept(renderer);
        return protect(renderer.out.toString().strip());
    }

    /** The last line of defence, over the whole output: no comment ends, no escapes, no tags. */
    private static String protect(String html) {
        return html.replace("\\", "&#92;")
                .replace("@", "&#64;")
                .replace("*/", "&#42;/")
                .replace("/*", "/&#42;");
    }

    private static final class Renderer extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();
        private final boolean firstParagraphBare;

        Renderer(boolean firstParagraphBare) {
            this.firstParagraphBare = firstParagraphBare;
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Paragraph paragraph) {
            // Tight list items hold their text without paragraph tags, as CommonMark renders them.
            boolean tight = paragraph.getParent() instanceof ListItem item
                    && item.getParent() instanceof org.commonmark.node.ListBlock list
                    && list.isTight();
            boolean bare = tight
                    || (paragraph.getPrevious() == null
                            && (firstParagraphBare || !(paragraph.getParent() instanceof Document)));
            if (bare) {
                block();
                visitChildren(paragraph);
                out.append('\n');
            } else {
                block();
                out.append("<p>");
                visitChildren(paragraph);
                out.append("</p>\n");
            }
        }

        @Override
        public void visit(Heading heading) {
            block();
            boolean bare =
                    heading.getPrevious() == null && firstParagraphBare && heading.getParent() instanceof Document;
            out.append(bare ? "<strong>" : "<p><strong>");
            visitChildren(heading);
            out.append(bare ? "</strong>\n" : "</strong></p>\n");
        }

        @Override
        public void visit(BulletList list) {
            block();
            out.append("<ul>\n");
            visitChildren(list);
            out.append("</ul>\n");
        }

        @Override
        public void visit(OrderedList list) {
            block();
            Integer start = list.getMarkerStartNumber();
            out.append(start == null || start == 1 ? "<ol>\n" : "<ol start=\"" + start + "\">\n");
            visitChildren(list);
            out.append("</ol>\n");
        }

        @Override
        public void visit(ListItem item) {
            out.append("<li>");
            visitChildren(item);
            trimTrailingNewline();
            out.append("</li>\n");
        }

        @Override
        public void visit(BlockQuote quote) {
            block();
            out.append("<blockquote>\n");
            visitChildren(quote);
            out.append("</blockquote>\n");
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            block();
            out.append("<pre>");
            text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
            out.append("</pre>\n");
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            block();
            out.append("<hr>\n");
        }

        @Override
        public void visit(HtmlBlock html) {
            block();
            out.append("<p>");
            text(html.getLiteral().strip());
            out.append("</p>\n");
        }

        @Override
        public void visit(Text text) {
            text(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append("<code>");
            text(code.getLiteral());
            out.append("</code>");
        }

        @Override
        public void visit(Emphasis emphasis) {
            out.append("<em>");
            visitChildren(emphasis);
            out.append("</em>");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            out.append("<strong>");
            visitChildren(strong);
            out.append("</strong>");
        }

        @Override
        public void visit(Link link) {
            String href = safeHref(link.getDestination());
            if (href == null) {
                visitChildren(link);
                return;
            }
            // A URI has no quote to end the attribute; text() makes its ampersands entities.
            out.append("<a href=\"");
            text(href);
            out.append("\">");
            visitChildren(link);
            out.append("</a>");
        }

        @Override
        public void visit(Image image) {
            // Javadoc pages do not load remote images; the alternative text stands in.
            visitChildren(image);
        }

        @Override
        public void visit(HtmlInline html) {
            text(html.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append("<br>\n");
        }

        /** A block starts on its own line, except first in a list item. */
        private void block() {
            boolean afterItemStart =
                    out.length() >= 4 && out.substring(out.length() - 4).equals("<li>");
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && !afterItemStart) {
                out.append('\n');
            }
        }

        private void trimTrailingNewline() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
        }

        /** Spec text as HTML text: markup characters as entities, line separators as line breaks. */
        private void text(String literal) {
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                    default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
                }
            }
        }
    }

    /** The link target when it is an absolute http(s) or mailto URI, else null (shown as text). */
    private static String safeHref(String destination) {
        try {
            URI uri = new URI(destination);
            String scheme = uri.getScheme();
            return scheme != null && LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
                    ? uri.toASCIIString()
                    : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
