package jp.manabiba.schools.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.base.ui.BoundedUpload;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.schools.RosterImport;
import jp.manabiba.schools.RosterOutcome;
import jp.manabiba.schools.RosterPreview;
import jp.manabiba.schools.RosterPreviewRow;
import jp.manabiba.schools.roster.RosterPackage;
import jp.manabiba.schools.roster.RosterReader;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Imports a school's roster zip: first a preview of every row (create, update, unchanged, a proposed match to
 * confirm, or rejected with the reason and line), then apply.
 */
@Route("roster-import")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class RosterImportView extends Main implements HasDynamicTitle {

    /** Kept in step with spring.servlet.multipart.max-file-size and the server's request limit. */
    private static final int MAX_ZIP_BYTES = 50 * 1024 * 1024;

    private final RosterImport rosterImport;
    private final Div result = new Div();
    private final Map<String, Long> confirmed = new HashMap<>();
    private @Nullable RosterPackage roster;

    public RosterImportView(RosterImport rosterImport) {
        this.rosterImport = rosterImport;
        addClassNames("people-view", "roster-view");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new BoundedUpload(MAX_ZIP_BYTES, (event, bytes) -> {
            // runs in the upload request, outside the UI lock: read and preview here, draw inside ui.access
            RosterPackage read = new RosterReader().read(new ByteArrayInputStream(bytes));
            RosterPreview preview = rosterImport.preview(read);
            ui.access(() -> show(read, preview));
        }, () -> ui.access(() -> Notices.error(this, "roster.upload-too-large", MAX_ZIP_BYTES / (1024 * 1024)))));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize(MAX_ZIP_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("roster.drop")));
        upload.setUploadButton(new Button(getTranslation("roster.choose")));
        upload.addFileRejectedListener(rejected -> Notices.error(this, "roster.not-a-zip"));
        add(new Paragraph(getTranslation("roster.intro")), upload, result);
    }

    /** Draws the preview; package-private for the screen test. */
    void show(RosterPackage read, RosterPreview preview) {
        roster = read;
        confirmed.clear();
        result.removeAll();
        result.add(new Paragraph(getTranslation(preview.dialectKey()) + " — " + summary(preview)));
        Grid<RosterPreviewRow> grid = new Grid<>();
        grid.addColumn(row -> row.file() + (row.line() > 0 ? " : " + row.line() : "")).setHeader(getTranslation("roster.where")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("roster.kind." + row.kind())).setHeader(getTranslation("roster.kind")).setAutoWidth(true);
        grid.addColumn(row -> row.label().isEmpty() ? row.sourcedId() : row.label()).setHeader(getTranslation("roster.record"));
        grid.addColumn(row -> getTranslation("roster.outcome." + row.outcome().name())).setHeader(getTranslation("roster.outcome")).setAutoWidth(true);
        grid.addColumn(row -> row.messageKey() == null ? "" : getTranslation(row.messageKey(), row.arguments().toArray()))
                .setHeader(getTranslation("roster.reason")).setFlexGrow(3);
        grid.addComponentColumn(row -> {
            Checkbox confirm = new Checkbox(getTranslation("roster.confirm-match"));
            confirm.setVisible(row.outcome() == RosterOutcome.PROPOSED_MATCH);
            // the lazy grid draws a row again when it scrolls back into view: keep what was ticked
            confirm.setValue(confirmed.containsKey(row.sourcedId()));
            confirm.addValueChangeListener(change -> {
                if (change.getValue() && row.learnerId() != null) {
                    confirmed.put(row.sourcedId(), row.learnerId());
                } else {
                    confirmed.remove(row.sourcedId());
                }
            });
            return confirm;
        }).setAutoWidth(true);
        // pupils not taking part are counted only, unless a row says something about them (never their name)
        List<RosterPreviewRow> shown = preview.rows().stream()
                .filter(row -> row.outcome() != RosterOutcome.NOT_TAKING_PART || row.messageKey() != null).toList();
        // paged lazily: a roster of a whole city has tens of thousands of rows, more than a grid fetches in one go
        grid.setItems(query -> shown.stream().skip(query.getOffset()).limit(query.getLimit()), query -> shown.size());
        grid.setHeight("70vh");
        grid.setEmptyStateText(getTranslation("empty.roster-preview"));
        Button apply = new Button(getTranslation("roster.apply"), click -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(preview.applicable());
        result.add(apply, grid);
        preview.warnings().forEach(warning -> result.addComponentAsFirst(new Paragraph(getTranslation(warning))));
        if (!preview.applicable()) {
            result.addComponentAsFirst(new Paragraph(getTranslation("roster.rejected")));
        }
        ComponentTexts.applyTo(result); // drawn after the upload, not on navigation
    }

    private void apply() {
        if (roster == null) {
            return;
        }
        RosterPreview applied = rosterImport.apply(roster, Map.copyOf(confirmed));
        if (!applied.applicable()) {
            show(roster, applied); // a row was refused since the preview: nothing was written, and it says why
            return;
        }
        Notices.saved(this);
        show(roster, rosterImport.preview(roster));
        result.addComponentAsFirst(new Paragraph(getTranslation("roster.applied", summary(applied))));
    }

    private String summary(RosterPreview preview) {
        return getTranslation("roster.summary", preview.count(RosterOutcome.CREATE), preview.count(RosterOutcome.UPDATE),
                preview.count(RosterOutcome.UNCHANGED), preview.count(RosterOutcome.PROPOSED_MATCH),
                preview.count(RosterOutcome.NOT_TAKING_PART), preview.count(RosterOutcome.REJECTED));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title");
    }
}
