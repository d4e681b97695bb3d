package jp.manabiba.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.audit.AuditTexts;
import jp.manabiba.security.Roles;

/** The audit log for administrators: who read or changed which sensitive record, when and from where. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main implements HasDynamicTitle {

    private final TextField actor = new TextField();
    private final Select<String> recordType = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public AuditLogView(AuditLog audit, AuditTexts texts, java.time.Clock clock) {
        addClassNames("people-view", "audit-view");
        Locale locale = getLocale();
        actor.setLabel(getTranslation("audit.actor"));
        recordType.setLabel(getTranslation("audit.record-type"));
        recordType.setItems(AuditTexts.RECORD_TYPES);
        recordType.setEmptySelectionAllowed(true);
        recordType.setEmptySelectionCaption(getTranslation("filter.all"));
        recordType.setItemLabelGenerator(code -> code == null ? getTranslation("filter.all") : texts.recordType(code, locale));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(clock.getZone());
        Grid<AuditRow> grid = new Grid<>();
        grid.addColumn(row -> time.format(row.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(row -> texts.actor(row.actor(), locale)).setHeader(getTranslation("audit.actor"));
        grid.addColumn(row -> texts.action(row.action(), locale)).setHeader(getTranslation("audit.action"));
        grid.addColumn(row -> texts.recordType(row.recordType(), locale)).setHeader(getTranslation("audit.record-type"));
        grid.addColumn(AuditRow::recordId).setHeader(getTranslation("audit.record-id"));
        grid.addColumn(row -> texts.screen(row.screen(), locale)).setHeader(getTranslation("audit.screen"));
        grid.addColumn(row -> row.clientAddress() == null ? "" : row.clientAddress()).setHeader(getTranslation("audit.client-address"));
        grid.setItems(query -> audit.search(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();

        DownloadHandler csv = event -> {
            event.setFileName("manabiba-audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                audit.exportCsv(filter(), locale, out);
            }
        };
        Anchor export = new Anchor(csv, AttachmentType.DOWNLOAD, getTranslation("audit.export"));
        export.addClassName("export-link");

        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        recordType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, recordType, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), recordType.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
