package jp.manabiba.surveys.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.surveys.Audience;
import jp.manabiba.surveys.PairRole;
import jp.manabiba.surveys.QuestionDraft;
import jp.manabiba.surveys.SurveyAuthoring;
import jp.manabiba.surveys.SurveyChoice;
import jp.manabiba.surveys.SurveyDetail;
import jp.manabiba.surveys.SurveyDraft;
import org.jspecify.annotations.Nullable;

/**
 * A survey's settings in the builder: organisation (when the coordinator has several), title, audience,
 * anonymous or not, and its place in a before/after pair (a POST survey chooses its PRE survey).
 */
final class SurveySettings extends FormLayout {

    private final SurveyAuthoring authoring;
    private final ComboBox<SurveyChoice> organisation = new ComboBox<>();
    private final TextField title = new TextField();
    private final Select<Audience> audience = new Select<>();
    private final Checkbox anonymous = new Checkbox();
    private final Select<String> pairRole = new Select<>();
    private final ComboBox<SurveyChoice> pairedWith = new ComboBox<>();

    SurveySettings(SurveyAuthoring authoring, FieldErrors errors) {
        this.authoring = authoring;
        addClassName("survey-settings");
        List<SurveyChoice> organisations = authoring.organisations();
        organisation.setLabel(getTranslation("surveys.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(SurveyChoice::name);
        organisation.setVisible(organisations.size() > 1);
        organisation.addValueChangeListener(change -> refreshPairs());
        title.setLabel(getTranslation("surveys.survey-title"));
        title.setMaxLength(100);
        audience.setLabel(getTranslation("surveys.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("surveys.audience." + a.name()));
        audience.setValue(Audience.LEARNER);
        anonymous.setLabel(getTranslation("surveys.anonymous-survey"));
        anonymous.setHelperText(getTranslation("surveys.anonymous-help"));
        anonymous.setValue(true);
        pairRole.setLabel(getTranslation("surveys.pair-role"));
        pairRole.setItems("", PairRole.PRE.name(), PairRole.POST.name());
        pairRole.setItemLabelGenerator(r -> getTranslation(r.isEmpty() ? "surveys.pair.none" : "surveys.pair." + r));
        pairRole.setValue("");
        pairRole.addValueChangeListener(change -> refreshPairs());
        pairedWith.setLabel(getTranslation("surveys.paired-with"));
        pairedWith.setItemLabelGenerator(SurveyChoice::name);
        add(organisation, title, audience, anonymous, pairRole, pairedWith);
        errors.field("organisationId", organisation);
        errors.field("title", title);
        errors.field("audience", audience);
        errors.field("pairedWith", pairedWith);
        refreshPairs();
    }

    void show(SurveyDetail survey) {
        organisation.setValue(organisation.getListDataView().getItems()
                .filter(o -> o.id() == survey.organisationId()).findFirst().orElse(null));
        organisation.setReadOnly(true);
        title.setValue(survey.title());
        audience.setValue(survey.audience());
        anonymous.setValue(survey.anonymous());
        pairRole.setValue(survey.pairRole() == null ? "" : survey.pairRole().name());
        refreshPairs();
        pairedWith.setValue(pairedWith.getListDataView().getItems()
                .filter(s -> survey.pairedWithId() != null && s.id() == survey.pairedWithId()).findFirst().orElse(null));
    }

    /** The people asked were told who is asked and whether it is anonymous: fixed once published. */
    void lockAfterPublishing(boolean published) {
        audience.setReadOnly(published);
        anonymous.setReadOnly(published);
    }

    SurveyDraft draft(List<QuestionDraft> questions) {
        PairRole role = pairRole.getValue() == null || pairRole.getValue().isEmpty() ? null : PairRole.valueOf(pairRole.getValue());
        return new SurveyDraft(organisation.getValue() == null ? null : organisation.getValue().id(), title.getValue(),
                audience.getValue(), anonymous.getValue(), role,
                role == PairRole.POST && pairedWith.getValue() != null ? pairedWith.getValue().id() : null, questions);
    }

    private void refreshPairs() {
        boolean post = PairRole.POST.name().equals(pairRole.getValue());
        pairedWith.setVisible(post);
        @Nullable Long org = organisation.getValue() != null ? Long.valueOf(organisation.getValue().id())
                : organisation.getListDataView().getItems().count() == 1
                ? organisation.getListDataView().getItems().findFirst().map(SurveyChoice::id).orElse(null) : null;
        pairedWith.setItems(post && org != null ? authoring.preSurveys(org) : List.of());
    }
}
