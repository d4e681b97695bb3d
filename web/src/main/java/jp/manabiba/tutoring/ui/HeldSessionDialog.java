package jp.manabiba.tutoring.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.base.ui.TimeField;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.SiteOption;
import jp.manabiba.tutoring.HeldSessionRecords;
import jp.manabiba.tutoring.PastSession;
import jp.manabiba.tutoring.Place;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator records a session that was already held (a paper register, a drop-in nobody opened on the board):
 * when, how long, where, who ran it, which children came and which were expected but did not. The service checks
 * every rule; each refusal shows at its field and the dialog keeps what was typed.
 */
final class HeldSessionDialog {

    private static final int DEFAULT_MINUTES = 90;

    private HeldSessionDialog() {
    }

    static FormDialog create(HeldSessionRecords records, HeldSessionChoices choices, LocalDate today, Runnable saved) {
        List<OrganisationOption> organisations = choices.organisations();
        Select<OrganisationOption> organisation = new Select<>();
        TextField title = new TextField();
        DateField heldOn = new DateField();
        TimeField start = new TimeField(LocalTime.of(17, 0));
        IntegerField minutes = new IntegerField();
        Select<SiteOption> site = new Select<>();
        TextField link = new TextField();
        MultiSelectComboBox<SeriesChoices.Choice> supporters = new MultiSelectComboBox<>();
        MultiSelectComboBox<SeriesChoices.Choice> attended = new MultiSelectComboBox<>();
        MultiSelectComboBox<SeriesChoices.Choice> absent = new MultiSelectComboBox<>();
        FormDialog dialog = new FormDialog("held-session.new", form -> {
            long organisationId = organisations.size() == 1 ? organisations.getFirst().id()
                    : FormDialog.chosen("organisation", organisation.getValue()).id();
            LocalDate day = DateFields.required(heldOn, "heldOn");
            LocalTime startTime = start.required("startTime");
            Place place = new Place(site.getValue() == null ? null : site.getValue().id(), link.getValue());
            String recordedTitle = title.getValue();
            records.record(new PastSession(organisationId, recordedTitle, place, day, startTime,
                    minutes.getValue() == null ? 0 : minutes.getValue(),
                    supporters.getValue().stream().map(SeriesChoices.Choice::id).toList(), ids(attended), ids(absent)));
            Notification.show(form.getTranslation("held-session.recorded", recordedTitle.strip(),
                    DateFields.format(day)), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, saved);

        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(organisations.size() > 1);
        organisation.addValueChangeListener(chosen -> offer(choices, chosen.getValue(), site, supporters, attended, absent));
        offer(choices, organisations.size() == 1 ? organisations.getFirst() : null, site, supporters, attended, absent);
        heldOn.setMax(today); // the browser offers no day to come; the service refuses a time not over yet
        List.<HasValue<?, ?>>of(title, heldOn, start, minutes, supporters, attended)
                .forEach(field -> field.setRequiredIndicatorVisible(true));
        minutes.setValue(DEFAULT_MINUTES);
        minutes.setMin(1);
        minutes.setMax(PastSession.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        site.setItemLabelGenerator(s -> s == null ? dialog.getTranslation("sessions.online") : s.name());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption(dialog.getTranslation("sessions.online"));
        link.setHelperText(dialog.getTranslation("sessions.link.help"));
        List.of(supporters, attended, absent).forEach(people -> people.setItemLabelGenerator(choice -> choice.label(dialog)));

        dialog.field("organisation", "held-session.organisation", organisation);
        dialog.field("title", "sessions.title-column", title);
        dialog.field("heldOn", "held-session.held-on", heldOn);
        dialog.field("startTime", "sessions.start", start);
        dialog.field("minutes", "held-session.minutes", minutes);
        dialog.field("place", "sessions.site", site);
        dialog.field("meetingUrl", "sessions.link", link);
        dialog.span(dialog.field("supporters", "held-session.supporters", supporters));
        dialog.span(dialog.field("attended", "held-session.attended", attended));
        dialog.span(dialog.field("absent", "held-session.absent", absent));
        return dialog;
    }

    /** The chosen organisation's sites, supporters and children; none until one is chosen among several. */
    private static void offer(HeldSessionChoices choices, @Nullable OrganisationOption organisation, Select<SiteOption> site,
                              MultiSelectComboBox<SeriesChoices.Choice> supporters,
                              MultiSelectComboBox<SeriesChoices.Choice> attended,
                              MultiSelectComboBox<SeriesChoices.Choice> absent) {
        if (organisation == null) {
            site.setItems(List.of());
            supporters.setItems(List.of());
            attended.setItems(List.of());
            absent.setItems(List.of());
            return;
        }
        site.setItems(choices.sites(organisation.id()));
        supporters.setItems(choices.supporters(organisation.id()));
        List<SeriesChoices.Choice> children = choices.children(organisation.id());
        attended.setItems(children);
        absent.setItems(children);
    }

    private static Set<Long> ids(MultiSelectComboBox<SeriesChoices.Choice> people) {
        return people.getValue().stream().map(SeriesChoices.Choice::id).collect(Collectors.toSet());
    }
}
