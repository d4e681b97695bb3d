package jp.manabiba.curriculum.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The small Markdown that authors, tutors and feedback write (paragraphs, lists, bold and emphasis, https links,
 * images hosted by Manabiba, tables, headings) plus ruby {@code {漢字|かんじ}}, rendered for one reader: furigana
 * from the {@link FuriganaEngine} on the text, then the HTML cleaned by an allow-list (jsoup's Safelist), so no
 * script, event handler, style or {@code javascript:}/{@code data:} URL survives, whoever wrote the text.
 * Raw HTML in the source is shown as text. Thread-safe.
 */
public final class ChildMarkdown {

    /** Where Manabiba serves its own images; other images are shown as their alternative text. */
    public static final String MEDIA_PATH = "/media/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final FuriganaEngine engine;
    private final String siteOrigin;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).nodeRendererFactory(RubyRenderer::new).build();
    private final Safelist safelist;

    /** {@code siteOrigin}: Manabiba's own https origin (e.g. {@code https://manabiba.example.jp}), for images. */
    public ChildMarkdown(FuriganaEngine engine, String siteOrigin) {
        this.engine = Objects.requireNonNull(engine);
        this.siteOrigin = requireSiteOrigin(siteOrigin);
        this.safelist = new Safelist()
                .addTags("p", "br", "ul", "ol", "li", "strong", "em", "a", "img", "h2", "h3", "h4",
                        "table", "thead", "tbody", "tr", "th", "td", "ruby", "rt")
                .addAttributes("a", "href").addProtocols("a", "href", "https")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
                .addAttributes("img", "src", "alt").addProtocols("img", "src", "https")
                .addAttributes("th", "align").addAttributes("td", "align")
                .preserveRelativeLinks(true);
    }

    /** The origin as given, if it is one the renderer takes: https://host without a trailing slash. */
    public static String requireSiteOrigin(String siteOrigin) {
        if (!siteOrigin.startsWith("https://") || siteOrigin.endsWith("/")) {
            throw new IllegalArgumentException("the site origin is https://host without a trailing /: " + siteOrigin);
        }
        return siteOrigin;
    }

    /** HTML with ruby where {@code reader} needs it (explicit ruby always), and the source's problems. */
    public RenderedText render(String markdown, ReaderGrade reader) {
        return render(markdown, reader, true);
    }

    /** HTML without any ruby (the child switched furigana off): explicit ruby shows its base only. */
    public RenderedText renderWithoutRuby(String markdown) {
        return render(markdown, ReaderGrade.ADULT, false);
    }

    /** The problems an author should fix, without rendering. */
    public List<MarkupProblem> problems(String markdown) {
        return render(markdown, ReaderGrade.ADULT, false).problems();
    }

    private RenderedText render(String markdown, ReaderGrade reader, boolean ruby) {
        Objects.requireNonNull(markdown, "markdown must not be null");
        String source = TextCleaning.clean(markdown);
        var problems = new ArrayList<>(RubySyntax.check(source));
        Node document = parser.parse(source);
        document.accept(new Preparation(reader, ruby, problems));
        String html = renderer.render(document);
        var settings = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, siteOrigin, safelist, settings);
        problems.sort(java.util.Comparator.comparingInt(MarkupProblem::line).thenComparingInt(MarkupProblem::column));
        return new RenderedText(clean, problems);
    }

    /** Ruby on the text, links that are not https and images not hosted by Manabiba turned into their text. */
    private final class Preparation extends AbstractVisitor {

        private final ReaderGrade reader;
        private final boolean ruby;
        private final List<MarkupProblem> problems;

        Preparation(ReaderGrade reader, boolean ruby, List<MarkupProblem> problems) {
            this.reader = reader;
            this.ruby = ruby;
            this.problems = problems;
        }

        @Override
        public void visit(Text text) {
            if (inside(text, Image.class)) {
                return;
            }
            var segments = engine.annotate(text.getLiteral(), reader).segments();
            if (segments.stream().noneMatch(RubySegment::hasRuby)) {
                return;
            }
            for (RubySegment segment : segments) {
                Node node = segment.hasRuby() && ruby
                        ? new RubyNode(segment.text(), Objects.requireNonNull(segment.reading()))
                        : new Text(segment.text());
                text.insertBefore(node);
            }
            text.unlink();
        }

        @Override
        public void visit(Link link) {
            if (!link.getDestination().startsWith("https://")) {
                report(link, "links must be https://: " + link.getDestination());
                visitChildren(link);
                unwrap(link);
                return;
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String src = image.getDestination();
            boolean ours = src.startsWith(MEDIA_PATH) || src.startsWith(siteOrigin + MEDIA_PATH);
            if (!ours || src.contains("..")) {
                report(image, "images must be hosted by Manabiba (" + MEDIA_PATH + "…): " + src);
                var alt = new StringBuilder();
                for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        alt.append(t.getLiteral());
                    }
                }
                image.insertBefore(new Text(alt.toString()));
                image.unlink();
            }
        }

        private void report(Node node, String message) {
            List<SourceSpan> spans = node.getSourceSpans();
            int line = spans.isEmpty() ? 1 : spans.getFirst().getLineIndex() + 1;
            int column = spans.isEmpty() ? 1 : spans.getFirst().getColumnIndex() + 1;
            problems.add(new MarkupProblem(line, column, message));
        }

        private static void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }

        private static boolean inside(Node node, Class<? extends Node> type) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (type.isInstance(parent)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code <ruby>base<rt>reading</rt></ruby>}: the standard elements, so screen readers read the base once. */
    private static final class RubyRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        RubyRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(RubyNode.class);
        }

        @Override
        public void render(Node node) {
            var ruby = (RubyNode) node;
            var html = context.getWriter();
            html.tag("ruby");
            html.text(ruby.base());
            html.tag("rt");
            html.text(ruby.reading());
            html.tag("/rt");
            html.tag("/ruby");
        }
    }
}
