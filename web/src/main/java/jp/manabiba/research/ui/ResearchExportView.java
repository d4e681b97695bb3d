package jp.manabiba.research.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.research.ExportFile;
import jp.manabiba.research.ExportFormat;
import jp.manabiba.research.ResearchExports;
import jp.manabiba.research.ResearchFieldReviews;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The research export (docs/research-export.md): organisation, fiscal year and the key, then 「データを作る」 writes the
 * file and a download link appears for it. The key is sent to the server once, cleared from the field at once and
 * never shown again; a refusal (too short, too simple) stands at the key field.
 */
@Route("research")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ResearchExportView extends Main implements HasDynamicTitle {

    static final int YEARS_BACK = 4;

    private final ResearchExports exports;
    private final Select<OrganisationOption> organisation = new Select<>();
    private final Select<FiscalYear> year = new Select<>();
    private final PasswordField key = new PasswordField();
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final FieldErrors errors = new FieldErrors();
    private final Paragraph result = new Paragraph();
    private final HorizontalLayout download = new HorizontalLayout();
    private final ReviewedFieldsSection reviewed;
    private final ExportHistory history;

    public ResearchExportView(ResearchExports exports, ResearchFieldReviews reviews, Clock clock) {
        this.exports = exports;
        this.reviewed = new ReviewedFieldsSection(reviews);
        this.history = new ExportHistory(exports);
        addClassNames("people-view", "research-view");
        List<OrganisationOption> mine = exports.organisations();
        organisation.setLabel(getTranslation("household.organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        mine.stream().findFirst().ifPresent(organisation::setValue);
        FiscalYear now = FiscalYear.of(LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)));
        year.setLabel(getTranslation("research.fiscal-year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_BACK).mapToObj(back -> new FiscalYear(now.year() - back)).toList());
        year.setItemLabelGenerator(y -> getTranslation("fiscal-year.name", String.valueOf(y.year())));
        year.setValue(now);
        key.setLabel(getTranslation("research.key"));
        key.setHelperText(getTranslation("research.key-help"));
        key.setRequiredIndicatorVisible(true);
        key.setManualValidation(true); // clearing the sent key must not mark it invalid; the service says what is wrong
        key.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        format.setLabel(getTranslation("research.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("research.format." + f.name()));
        format.setValue(ExportFormat.XLSX);
        errors.field("key", key);
        errors.field("organisation", organisation);
        Button make = new Button(getTranslation("research.make"), click -> make());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClassName("research-make");
        HorizontalLayout choices = new HorizontalLayout(organisation, year, format);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        result.addClassName("research-result");
        download.addClassName("research-download");
        organisation.addValueChangeListener(change -> showOrganisation());
        add(new Paragraph(getTranslation("research.intro")), choices, key, make, result, download, reviewed, history);
        showOrganisation();
    }

    private void make() {
        errors.clear();
        download.removeAll();
        result.setText("");
        String typed = key.getValue();
        key.clear(); // the key is not kept in the view, nor sent back to the browser
        try {
            if (organisation.getValue() == null) {
                throw new InvalidInput("organisation", "validation.required");
            }
            ExportFile file = exports.export(organisation.getValue().id(), year.getValue(), typed, format.getValue(),
                    getLocale());
            result.setText(getTranslation("research.made", file.children()));
            download.add(link(file));
            history.show(organisation.getValue().id());
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    /** A link that serves the written bytes; they stay only as long as this screen. */
    private Anchor link(ExportFile file) {
        DownloadHandler handler = event -> {
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.getOutputStream().write(file.bytes());
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("research.download", file.fileName()));
        anchor.addClassName("export-link");
        return anchor;
    }

    private void showOrganisation() {
        @Nullable OrganisationOption chosen = organisation.getValue();
        reviewed.setVisible(chosen != null);
        history.setVisible(chosen != null);
        download.removeAll();
        result.setText("");
        if (chosen != null) {
            reviewed.show(chosen.id());
            history.show(chosen.id());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("research.title");
    }
}
