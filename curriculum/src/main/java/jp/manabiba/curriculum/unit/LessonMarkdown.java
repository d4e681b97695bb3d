package jp.manabiba.curriculum.unit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.manabiba.curriculum.text.MarkupProblem;
import jp.manabiba.curriculum.text.RubySyntax;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The checks of a lesson's Markdown that the children's renderer ({@link jp.manabiba.curriculum.text.ChildMarkdown})
 * would otherwise only work around: malformed ruby, images that are not the unit's own ({@code images/name}) or
 * whose file is missing or has no description, links that are not https, raw HTML, a level-1 heading.
 */
final class LessonMarkdown {

    static final String IMAGES = "images/";
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png|jpg|jpeg|webp)");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private LessonMarkdown() {
    }

    /** Reports the text's problems; returns the image file names it links to (under images/). */
    static List<String> check(String markdown, Set<String> imageFiles, Problems problems) {
        for (MarkupProblem ruby : RubySyntax.check(markdown)) {
            problems.at(ruby.line(), ruby.column(), ruby.message());
        }
        var images = new LinkedHashSet<String>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                String name = destination.startsWith(IMAGES) ? destination.substring(IMAGES.length()) : "";
                if (!IMAGE_NAME.matcher(name).matches()) {
                    report(image, "an image must be one of the unit's own, linked as images/name.svg (or .png,"
                            + " .jpg, .webp): " + destination, problems);
                } else if (!imageFiles.contains(name)) {
                    report(image, "broken image link: images/" + name + " does not exist", problems);
                } else {
                    images.add(name);
                }
                if (altText(image).isBlank()) {
                    report(image, "an image needs a description for those who cannot see it: ![説明](" + destination
                            + ")", problems);
                }
            }

            @Override
            public void visit(Link link) {
                if (!link.getDestination().startsWith("https://")) {
                    report(link, "links must be https://: " + link.getDestination(), problems);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 || heading.getLevel() > 4) {
                    report(heading, "use ## or ### for headings (the app shows the lesson's title itself)",
                            problems);
                }
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlBlock html) {
                report(html, "raw HTML is shown as text to children: use Markdown", problems);
            }

            @Override
            public void visit(HtmlInline html) {
                report(html, "raw HTML is shown as text to children: use Markdown", problems);
            }
        });
        return new ArrayList<>(images);
    }

    private static String altText(Image image) {
        var alt = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                alt.append(text.getLiteral());
            }
        }
        return alt.toString();
    }

    private static void report(Node node, String message, Problems problems) {
        List<SourceSpan> spans = node.getSourceSpans();
        int line = spans.isEmpty() ? 0 : spans.getFirst().getLineIndex() + 1;
        int column = spans.isEmpty() ? 0 : spans.getFirst().getColumnIndex() + 1;
        problems.at(line, column, message);
    }
}
