package jp.manabiba.outcomes.export;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import jp.manabiba.base.pdf.PdfDrawing;
import jp.manabiba.base.pdf.PdfFlow;
import jp.manabiba.base.pdf.PdfText;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.ChartPdf;
import jp.manabiba.outcomes.chart.Figure;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * A report as a Japanese PDF for the city office and councillors: a cover, the summary against targets, each
 * indicator with its definition, figures and chart, then the notes on method and on suppression; pages numbered
 * after the cover. The font is embedded, so it prints the same anywhere.
 */
@Component
public class PdfReport {

    private static final float BODY = 10.5f;
    private static final float ROW = 17f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private final TranslationProvider translations;
    private final ChartPdf charts;

    public PdfReport(TranslationProvider translations, ChartPdf charts) {
        this.translations = translations;
        this.charts = charts;
    }

    public byte[] render(ReportModel report, Locale locale) {
        try (PdfFlow flow = new PdfFlow()) {
            PDDocumentInformation info = flow.document().getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Manabiba");
            cover(flow, report, locale);
            summary(flow, report, locale);
            for (ReportSection section : report.sections()) {
                section(flow, section, locale);
            }
            notes(flow, report, locale);
            return flow.finish((page, total) -> text("document.report.page", locale, page, total), 2);
        }
    }

    private void cover(PdfFlow flow, ReportModel report, Locale locale) {
        flow.space(180);
        flow.heading(report.title(), 24, 0);
        flow.space(36);
        flow.paragraph(field("document.report.organisation", String.join("、", report.organisations()), locale), 13, 0);
        flow.paragraph(field("document.report.period", report.period(), locale), 13, 0);
        flow.paragraph(field("document.report.generated-at", report.generatedAtText(), locale), 13, 0);
        flow.pageBreak();
    }

    /** Every row that has a target, one table: indicator, row, result, target, share reached. */
    private void summary(PdfFlow flow, ReportModel report, Locale locale) {
        flow.heading(text("document.report.summary", locale), 16, ROW * 3);
        float[] columns = {0, 0.36f, 0.62f, 0.76f, 0.88f};
        table(flow, columns, List.of(text("document.report.indicator", locale), text("document.report.label", locale),
                text("document.report.value", locale), text("document.report.target", locale),
                text("document.report.achieved", locale)), true);
        for (ReportSection section : report.sections()) {
            for (ReportRow row : section.rows()) {
                if (row.target() != null) {
                    table(flow, columns, List.of(section.title(), row.label(), withUnit(row.value().text(locale), section),
                            withUnit(Figure.number(row.target(), locale), section),
                            row.achieved().isPresent() ? ReportNumbers.percent(row.achieved().getAsDouble()) : "—"), false);
                }
            }
        }
    }

    private void section(PdfFlow flow, ReportSection section, Locale locale) {
        flow.space(14);
        // the title is what a reader looks for; the code is there to find the same figure in the workbook
        flow.heading(section.title(), 14, ROW * 4);
        flow.paragraph(field("document.report.definition", section.definition(), locale), 9.5f, 0);
        String code = field("document.report.code", section.indicatorCode(), locale);
        flow.paragraph(section.unit().isBlank() ? code : field("document.report.unit", section.unit(), locale) + "　" + code,
                9.5f, 0);
        flow.space(6);
        float[] columns = {0, 0.55f, 0.72f, 0.86f};
        table(flow, columns, List.of(text("document.report.label", locale), text("document.report.value", locale),
                text("document.report.target", locale), text("document.report.achieved", locale)), true);
        for (ReportRow row : section.rows()) {
            table(flow, columns, List.of(row.label(), row.value().text(locale),
                    row.target() == null ? "" : Figure.number(row.target(), locale),
                    row.achieved().isPresent() ? ReportNumbers.percent(row.achieved().getAsDouble()) : ""), false);
        }
        if (section.chart() != null) {
            var chart = section.chart();
            float height = charts.height(chart, flow.font(), flow.width(), locale);
            flow.space(10);
            flow.block(Math.min(height, 520), (stream, box) -> charts.draw(stream, flow.font(), chart, box, locale));
        }
    }

    private void notes(PdfFlow flow, ReportModel report, Locale locale) {
        flow.space(18);
        flow.heading(text("document.report.method-notes", locale), 14, ROW * 2);
        report.methodNotes().forEach(note -> flow.paragraph(note, BODY, 0));
        flow.space(10);
        flow.heading(text("document.report.suppression-notes", locale), 14, ROW * 2);
        report.suppressionNotes().forEach(note -> flow.paragraph(note, BODY, 0));
    }

    /**
     * One table row across the width; {@code columns} are where each cell starts, as shares of the width. Cells after
     * the first two are figures, set flush right; a cell too long for its column is cut with "…".
     */
    private static void table(PdfFlow flow, float[] columns, List<String> cells, boolean header) {
        float width = flow.width();
        flow.block(ROW, (stream, box) -> {
            float baseline = box.getLowerLeftY() + 5;
            for (int i = 0; i < cells.size(); i++) {
                float start = box.getLowerLeftX() + columns[i] * width;
                float end = box.getLowerLeftX() + (i + 1 < columns.length ? columns[i + 1] : 1) * width - 6;
                String cell = PdfText.fit(flow.font(), BODY, cells.get(i), end - start);
                float x = i < 2 ? start : end - PdfText.width(flow.font(), BODY, cell);
                PdfDrawing.text(stream, flow.font(), BODY, x, baseline, cell);
            }
            PdfDrawing.line(stream, RULE, header ? 0.8f : 0.3f, box.getLowerLeftX(), box.getLowerLeftY(),
                    box.getUpperRightX(), box.getLowerLeftY());
        });
    }

    private static String withUnit(String figure, ReportSection section) {
        return section.unit().isBlank() || section.unit().equals("%") ? figure : figure + " " + section.unit();
    }

    /** "名前：値" in Japanese, "Name: value" in English. */
    private String field(String nameKey, String value, Locale locale) {
        return text("document.report.field", locale, text(nameKey, locale), value);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
