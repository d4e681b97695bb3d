package jp.manabiba.people.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerPage;
import jp.manabiba.people.LearnerPage.MatchRow;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.Matching;
import jp.manabiba.people.SharedNote;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.Roles;

/** A learner's page for coordinators: details, sign-in account, and the tutors matched with them. */
@Route("learners")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class LearnerView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LearnerRecords learners;
    private final SupporterRecords supporters;
    private final Matching matching;
    private final Clock clock;
    private String title = "";

    public LearnerView(LearnerRecords learners, SupporterRecords supporters, Matching matching, Clock clock) {
        this.learners = learners;
        this.supporters = supporters;
        this.matching = matching;
        this.clock = clock;
        addClassNames("people-view", "learner-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long learnerId) {
        show(learners.open(learnerId));
    }

    private void show(LearnerPage page) {
        removeAll();
        LearnerDetails d = page.details();
        title = d.familyName() + " " + d.givenName();
        Anchor household = new Anchor(RouteConfiguration.forSessionScope().getUrl(HouseholdView.class, page.householdId()),
                getTranslation("household.title", page.householdName()));
        Button edit = new Button(getTranslation("learner.edit"), VaadinIcon.EDIT.create(), click ->
                LearnerFormDialog.create(learners, page.householdId(), new LearnerFormDialog.EditedLearner(page.id(), d),
                        id -> reload(page.id())).open());
        add(new H2(title), new Paragraph(d.familyNameKana() + " " + d.givenNameKana()), household, new Div(edit));
        add(new Paragraph(String.join(" · ",
                page.school() == null ? getTranslation("learner.no-school") : page.school(),
                d.grade() == null ? "" : getTranslation("grade." + d.grade().name()),
                d.homeClass() == null ? "" : d.homeClass(),
                getTranslation("learner.furigana") + ": " + getTranslation("furigana." + d.furigana().name()))));

        add(new AccountSection(page.username(), username -> learners.createLocalAccount(page.id(), username),
                (username, email) -> learners.linkSchoolAccount(page.id(), username, email), () -> reload(page.id())));
        add(matches(page), notes(page));
        ComponentTexts.applyTo(this); // rebuilt after a save, not only on navigation
    }

    private Div notes(LearnerPage page) {
        Div section = new Div(new H3(getTranslation("learner.shared-notes")),
                new Paragraph(getTranslation("learner.shared-notes.help")));
        page.sharedNotes().forEach(note -> section.add(new Paragraph("・" + note)));
        TextArea note = new TextArea(getTranslation("learner.shared-note"));
        note.setMaxLength(SharedNote.TEXT_MAX);
        note.setWidthFull();
        Div banner = new Div();
        FieldErrors errors = new FieldErrors(banner);
        errors.field("note", note);
        Button share = new Button(getTranslation("learner.share-note"), click -> {
            errors.clear();
            try {
                learners.shareNote(page.id(), note.getValue());
                reload(page.id());
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            }
        });
        section.add(banner, note, share);
        return section;
    }

    private Div matches(LearnerPage page) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        // Ending a match is refused before it starts: the refusal shows above the list, not nowhere.
        Div banner = new Div();
        FieldErrors errors = new FieldErrors(banner);
        Grid<MatchRow> grid = new Grid<>();
        grid.addColumn(MatchRow::supporter).setHeader(getTranslation("match.supporter"));
        grid.addColumn(m -> date.format(m.startsOn())).setHeader(getTranslation("match.starts-on"));
        grid.addColumn(m -> m.endsOn() == null ? "" : date.format(m.endsOn())).setHeader(getTranslation("match.ends-on"));
        grid.addComponentColumn(m -> {
            Button end = new Button(getTranslation("match.end"), click -> {
                errors.clear();
                try {
                    matching.end(m.id(), LocalDate.now(clock));
                    reload(page.id());
                } catch (InvalidInput refusal) {
                    errors.show(refusal, this);
                }
            });
            end.setVisible(m.endsOn() == null);
            return end;
        }).setKey("end");
        Screenful.show(grid, page.matches());
        grid.setEmptyStateText(getTranslation("empty.matches"));
        Button add = new Button(getTranslation("match.add"), VaadinIcon.CONNECT.create(),
                click -> MatchDialog.create(supporters, matching, page.id(), clock, () -> reload(page.id())).open());
        return new Div(new H3(getTranslation("learner.matches")), banner, grid, add);
    }

    private void reload(long learnerId) {
        show(learners.open(learnerId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
