package jp.manabiba.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;

/**
 * The audit log for administrators: who read or changed which sensitive record, when and from where. A period whose
 * date cannot be read (typed wrongly, or a tampered request) is named at its field, and the list and the export show
 * nothing until it is put right: a filter that silently dropped the date would show, and export, more than asked.
 */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main implements HasDynamicTitle {

    private final TextField actor = new TextField();
    private final Select<String> recordType = new Select<>();
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Anchor export;

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
        grid.addColumn(row -> time.format(row.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(row -> texts.actor(row.actor(), locale)).setHeader(getTranslation("audit.actor"));
        grid.addColumn(row -> texts.action(row.action(), locale)).setHeader(getTranslation("audit.action"));
        grid.addColumn(row -> texts.recordType(row.recordType(), locale)).setHeader(getTranslation("audit.record-type"));
        grid.addColumn(AuditRow::recordId).setHeader(getTranslation("audit.record-id"));
        grid.addColumn(row -> texts.screen(row.screen(), locale)).setHeader(getTranslation("audit.screen"));
        grid.addColumn(row -> row.clientAddress() == null ? "" : row.clientAddress()).setHeader(getTranslation("audit.client-address"));
        grid.setItems(query -> {
            int offset = query.getOffset(); // asked even for an empty page: the grid checks its query was read
            int limit = query.getLimit();
            return filter().map(f -> audit.search(f, offset, limit).stream()).orElseGet(Stream::empty);
        });
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("empty.audit"));

        DownloadHandler csv = event -> {
            event.setFileName("manabiba-audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            Optional<AuditFilter> readable = filter();
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                if (readable.isPresent()) {
                    audit.exportCsv(readable.get(), locale, out);
                }
            }
        };
        export = new Anchor(csv, AttachmentType.DOWNLOAD, getTranslation("audit.export"));
        export.addClassName("export-link");

        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        recordType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        for (DateField date : new DateField[] {from, to}) {
            date.setManualValidation(true); // the message below is the only one, for typed and tampered text alike
            date.addValueChangeListener(e -> refresh());
            date.getElement().addPropertyChangeListener("value", e -> refresh());
            date.getElement().addEventListener("unparsable-change", e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(actor, recordType, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    /** The filter as the fields say it, or none while a date cannot be read. */
    private Optional<AuditFilter> filter() {
        try {
            LocalDate first = DateFields.optional(from, "from");
            LocalDate last = DateFields.optional(to, "to");
            return Optional.of(new AuditFilter(actor.getValue(), recordType.getValue(), first, last));
        } catch (InvalidInput unreadable) {
            return Optional.empty();
        }
    }

    private void refresh() {
        boolean readable = readable(from) & readable(to);
        export.setEnabled(readable);
        grid.getDataProvider().refreshAll();
    }

    private boolean readable(DateField date) {
        try {
            DateFields.optional(date, "date");
            date.setInvalid(false);
            return true;
        } catch (InvalidInput unreadable) {
            date.setErrorMessage(getTranslation(unreadable.messageKey(), unreadable.arguments()));
            date.setInvalid(true);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
