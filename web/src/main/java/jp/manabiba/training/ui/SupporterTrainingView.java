package jp.manabiba.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import jp.manabiba.training.SupporterFile;
import jp.manabiba.training.SupporterFiles;
import jp.manabiba.training.TrainingRecords;

/**
 * One supporter's training record for their coordinator: the track's progress, completions (with who recorded
 * them), quiz attempts, workshop sign-ups and certificates, and a form to record a completion done elsewhere.
 * Another organisation's supporter is refused (the refused-record page) and the attempt audited.
 */
@Route("training/supporters")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SupporterTrainingView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SupporterFiles files;
    private final TrainingRecords records;
    private String title = "";

    public SupporterTrainingView(SupporterFiles files, TrainingRecords records) {
        this.files = files;
        this.records = records;
        addClassNames("people-view", "supporter-training");
    }

    @Override
    public void setParameter(BeforeEvent event, Long supporterId) {
        show(files.of(supporterId));
    }

    private void show(SupporterFile file) {
        removeAll();
        title = getTranslation("coord.record.title", file.name());
        Button record = new Button(getTranslation("coord.record.add"), VaadinIcon.PLUS.create(),
                click -> RecordCompletionDialog.create(files, records, file.supporterId(),
                        () -> show(files.of(file.supporterId()))).open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new RouterLink(getTranslation("coord.record.back"), TrainingOverviewView.class), new H2(title),
                new Paragraph(getTranslation("supporter.category." + file.standing().category().name()) + " · "
                        + getTranslation(file.standing().ready() ? "coord.record.ready" : "coord.record.not-ready")),
                record);
        add(new H3(getTranslation("coord.record.progress")), RecordGrids.progress(file.standing()));
        add(new H3(getTranslation("coord.record.history")), RecordGrids.completions(file.completions()));
        add(new H3(getTranslation("coord.record.quiz")), RecordGrids.quizAttempts(file.quizAttempts()));
        add(new H3(getTranslation("coord.record.signups")), RecordGrids.signups(file.signups()));
        add(new H3(getTranslation("coord.record.certificates")), RecordGrids.certificates(file.certificates()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
