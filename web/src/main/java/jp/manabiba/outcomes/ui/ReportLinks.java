package jp.manabiba.outcomes.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import jp.manabiba.outcomes.OutcomeReports;
import jp.manabiba.outcomes.ReportFile;
import jp.manabiba.outcomes.ReportFormat;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's downloads: Excel, CSV and PDF of the shown year and organisation (or network). The file is written
 * (and audited) when the link is followed, not when the dashboard opens, so looking is never logged as exporting.
 */
class ReportLinks extends Div {

    ReportLinks() {
        addClassName("outcomes-exports");
    }

    void show(OutcomeReports reports, @Nullable Long organisation, FiscalYear year) {
        removeAll();
        add(new Span(getTranslation("outcomes.export.title")));
        Locale locale = getLocale();
        for (ReportFormat format : ReportFormat.values()) {
            DownloadHandler handler = event -> {
                ReportFile file = reports.export(organisation, year, format, locale);
                event.setFileName(file.fileName());
                event.setContentType(file.contentType());
                event.getOutputStream().write(file.bytes());
            };
            Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("outcomes.export." + format.name()));
            link.addClassNames("export-link", "outcomes-export-" + format.extension());
            add(link);
        }
    }
}
