package jp.manabiba.text.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Element;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.text.RubySegment;
import jp.manabiba.curriculum.text.RubyText;
import jp.manabiba.text.ChildTexts;

/**
 * A child-facing text with furigana exactly where this reader needs them, as the standard {@code <ruby>} and
 * {@code <rt>} elements (screen readers read the base once; no positioned spans).
 * <ul>
 * <li>{@link #line}: one line (a title, a label) as a {@code <span>}, built element by element from the engine's
 * segments: every character is a text node, nothing the text says can become markup;</li>
 * <li>{@link #markdown}: a tutor's or author's Markdown as a {@code <div>} whose inner HTML is only ever the
 * output of {@code ChildMarkdown}'s allow-list sanitiser.</li>
 * </ul>
 */
public final class ChildText extends Component implements HasStyle {

    private ChildText(String tag) {
        super(new Element(tag));
        addClassName("child-text");
    }

    /** One line of text for {@code reader}; kana-only text comes back unchanged. */
    public static ChildText line(ChildTexts texts, String text, ReaderGrade reader) {
        ChildText shown = new ChildText("span");
        appendSegments(shown.getElement(), texts, text, reader);
        return shown;
    }

    /**
     * The same into an element of one's own (a paragraph, a list item, a heading), without a wrapping span: text
     * without ruby stays that element's own text, as before.
     */
    public static <T extends HasElement> T appendTo(T container, ChildTexts texts, String text, ReaderGrade reader) {
        container.getElement().getClassList().add("child-text");
        appendSegments(container.getElement(), texts, text, reader);
        return container;
    }

    /** Segments the caller already has (a child's name with its recorded kana: {@link ChildTexts#name}). */
    public static <T extends HasElement> T appendTo(T container, RubyText text) {
        container.getElement().getClassList().add("child-text");
        appendSegments(container.getElement(), text);
        return container;
    }

    private static void appendSegments(Element target, ChildTexts texts, String text, ReaderGrade reader) {
        appendSegments(target, texts.line(text, reader));
    }

    private static void appendSegments(Element target, RubyText text) {
        for (RubySegment segment : text.segments()) {
            if (segment.hasRuby()) {
                Element ruby = new Element("ruby");
                ruby.appendChild(Element.createText(segment.text()),
                        new Element("rt").setText(String.valueOf(segment.reading())));
                target.appendChild(ruby);
            } else {
                target.appendChild(Element.createText(segment.text()));
            }
        }
    }

    /** Markdown (paragraphs, lists, emphasis, https links, ruby) for {@code reader}, sanitised; raw HTML shows as text. */
    public static ChildText markdown(ChildTexts texts, String markdown, ReaderGrade reader) {
        ChildText shown = new ChildText("div");
        shown.addClassName("child-markdown");
        shown.getElement().setProperty("innerHTML", texts.markdown(markdown, reader).html());
        return shown;
    }

    /** The text as a reader without ruby sees it (bases only), e.g. for tests and logs. */
    public String plainText() {
        String inner = getElement().getProperty("innerHTML");
        if (inner != null) {
            return withoutRt(inner);
        }
        StringBuilder plain = new StringBuilder();
        getElement().getChildren().forEach(child -> plain.append(child.isTextNode() ? child.getText()
                : child.getChild(0).getText()));
        return plain.toString();
    }

    private static String withoutRt(String html) {
        var document = org.jsoup.Jsoup.parse(html);
        document.select("rt").remove();
        return document.text();
    }
}
