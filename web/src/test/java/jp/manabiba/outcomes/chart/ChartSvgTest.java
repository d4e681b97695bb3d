package jp.manabiba.outcomes.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import jp.manabiba.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG is well-formed XML that says its labels and figures, and a suppressed figure shows "<5" with no bar. */
class ChartSvgTest {

    private final ChartSvg svg = new ChartSvg(new TranslationProvider());

    @Test
    void a_progress_chart_has_its_labels_figures_and_a_text_for_screen_readers() throws Exception {
        Document document = parse(svg.render(Charts.trainedSupporters(), Locale.JAPANESE));

        Element root = document.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(text(document, "title")).containsExactly("研修を修了した担い手");
        assertThat(text(document, "desc").getFirst()).contains("保育士OG 38人").contains("5未満");
        assertThat(root.getAttribute("aria-labelledby").split(" ")).hasSize(2);
        assertThat(text(document, "text")).contains("研修を修了した担い手（人）", "保育士OG", "子育て層", "大学生",
                "38 / 45（84%）", "<5 / 45（—）", "41 / 40（102%）", "目標");
        assertThat(document.getElementsByTagName("rect").getLength()).as("a bar for each shown figure only").isEqualTo(2);
        List<String> sizes = attributes(document, "text", "font-size");
        assertThat(sizes).as("large type for a projector").allSatisfy(size -> assertThat(Float.parseFloat(size)).isGreaterThanOrEqualTo(18f));
    }

    @Test
    void a_suppressed_bar_draws_nothing_and_labels_are_escaped() throws Exception {
        String markup = svg.render(Charts.householdsBySite(), Locale.JAPANESE);
        Document document = parse(markup);

        assertThat(markup).doesNotContain("<script>").contains("&lt;script&gt;&amp;&quot;高槻&quot;");
        assertThat(text(document, "text")).contains("本町食堂", "23", "富田ひろば", "<5", "<script>&\"高槻\"", "12");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(text(document, "text")).anySatisfy(note -> assertThat(note).contains("5未満の数"));
    }

    @Test
    void a_trend_breaks_its_line_at_a_suppressed_month_and_tells_the_series_apart_without_colour() throws Exception {
        Document document = parse(svg.render(Charts.attendanceByMonth(), Locale.JAPANESE));

        assertThat(text(document, "text")).contains("4月", "9月", "小学生", "中学生", "22", "13")
                .filteredOn("<5"::equals).hasSize(2);
        List<String> dashes = attributes(document, "polyline", "stroke-dasharray");
        assertThat(dashes).as("the second series is dashed").anyMatch(dash -> !dash.isEmpty());
        // Primary school: 4-5 | 7-9 → two runs of line; middle school: 4-7 | 9 → one run; plus the two legend samples and the axes.
        List<String> points = attributes(document, "polyline", "points");
        long dataRuns = points.stream().filter(p -> p.split(" ").length >= 2).count();
        assertThat(dataRuns).isGreaterThanOrEqualTo(3);
        assertThat(document.getElementsByTagName("circle").getLength()).as("primary school: five shown months and the legend")
                .isEqualTo(6);
    }

    @Test
    void in_english_the_chart_words_are_english() throws Exception {
        Document document = parse(svg.render(Charts.trainedSupporters(), Locale.ENGLISH));

        assertThat(text(document, "text")).contains("38 of 45 (84%)", "Target");
    }

    @Test
    void two_charts_on_one_page_have_different_ids() {
        String first = svg.render(Charts.householdsBySite(), Locale.JAPANESE);
        String second = svg.render(Charts.householdsBySite(), Locale.JAPANESE);

        assertThat(first.substring(0, first.indexOf("<title"))).isNotEqualTo(second.substring(0, second.indexOf("<title")));
    }

    @Test
    void vaadins_svg_component_takes_the_markup_as_it_is() {
        String markup = svg.render(Charts.attendanceByMonth(), Locale.JAPANESE);

        com.vaadin.flow.component.Svg component = new com.vaadin.flow.component.Svg(markup);

        assertThat(component.getElement().getProperty("innerHTML")).isEqualTo(markup);
    }

    static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> text(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> attributes(Document document, String tag, String attribute) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }
}
