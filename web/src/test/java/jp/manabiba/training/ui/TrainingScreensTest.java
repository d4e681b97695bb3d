package jp.manabiba.training.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.home.ui.AdminHomeView;
import jp.manabiba.home.ui.CoordinatorHomeView;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.training.CertificateIssuing;
import jp.manabiba.training.Goal;
import jp.manabiba.training.Readiness;
import jp.manabiba.training.TargetPeriod;
import jp.manabiba.training.TargetSetting;
import jp.manabiba.training.TrainingRecords;
import jp.manabiba.training.TrainingTargets;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The targets on the homes, the administrator's targets screen and the coordinator's certificate lookup. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingScreensTest extends KaribuTest {

    private PeopleFixture f;
    private Acting acting;
    private long parent;

    @BeforeAll
    void aParentTrainedToday() {
        f = new PeopleFixture(context, "ui-targets");
        acting = new Acting(context);
        parent = acting.as(f.coordinatorA, () -> context.getBean(SupporterRecords.class).create(f.organisationA,
                new SupporterDetails(SupporterCategory.PARENT, "画面", "花子", null, null, null, null)));
        LocalDate today = context.getBean(Readiness.class).today();
        var modules = context.getBean(TrainingRecords.class);
        acting.as(f.coordinatorA, () -> modules.standing(parent).modules().stream()
                .filter(m -> m.requirement().countsForTrained())
                .forEach(m -> modules.recordCompletion(parent, m.moduleId(), today, null)));
    }

    @Test
    void the_coordinators_home_shows_this_years_trained_parents_as_a_bar_and_as_numbers() {
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(CoordinatorHomeView.class);
        TrainingTargetCards cards = LocatorJ._get(TrainingTargetCards.class);
        assertThat(LocatorJ._find(cards, Span.class)).extracting(Span::getText)
                .contains("ui-targets 団体A", "子育て層")
                .anyMatch(text -> text.matches("1( / \\d+)?人.*"));
        assertThat(LocatorJ._find(cards, ProgressBar.class)).isNotEmpty()
                .anyMatch(bar -> bar.getValue() == 1 && bar.getElement().getAttribute("aria-label").contains("1"));
    }

    @Test
    void the_administrators_home_shows_the_whole_network() {
        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate(AdminHomeView.class);
        TrainingTargetCards cards = LocatorJ._get(TrainingTargetCards.class);
        assertThat(LocatorJ._find(cards, Span.class)).extracting(Span::getText)
                .contains("ネットワーク全体", "大学生", "保育士OG", "子育て層");
    }

    @Test
    void the_administrator_sets_an_organisations_three_year_target_and_a_bad_number_is_refused_at_its_field() {
        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate(TrainingTargetsView.class);
        @SuppressWarnings("unchecked")
        Select<TrainingTargetsView.Scope> scope = LocatorJ._get(Select.class, spec -> spec.withLabel("対象"));
        _setValue(scope, scope.getListDataView().getItems().filter(s -> "ui-targets 団体B".equals(s.name()))
                .findFirst().orElseThrow());
        _click(LocatorJ._get(Button.class, spec -> spec.withText("目標を設定")));
        @SuppressWarnings("unchecked")
        Select<SupporterCategory> category = LocatorJ._get(Select.class, spec -> spec.withLabel("区分"));
        @SuppressWarnings("unchecked")
        Select<TargetPeriod> period = LocatorJ._get(Select.class, spec -> spec.withLabel("期間"));
        IntegerField count = LocatorJ._get(IntegerField.class, spec -> spec.withLabel("目標の人数"));
        _setValue(category, SupporterCategory.PARENT);
        _setValue(period, TargetPeriod.PROGRAMME);
        _setValue(count, 0);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));
        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("目標は1人から1,000人までの数で入れてください。");

        _setValue(count, 9);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));
        TargetSetting parents = acting.as(f.admin, () -> context.getBean(TrainingTargets.class)
                .settings(f.organisationB)).stream().filter(s -> s.category() == SupporterCategory.PARENT)
                .findFirst().orElseThrow();
        assertThat(parents.programme()).isEqualTo(new Goal(9, Goal.Source.ORGANISATION));
    }

    @Test
    void the_coordinator_looks_up_a_code_and_another_organisation_is_told_not_found() {
        String code = acting.as(f.tutorA, () -> context.getBean(CertificateIssuing.class)
                .issueForModule(context.getBean(TrainingRecords.class).mine().modules().getFirst().moduleId())).code();
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(CertificateVerifyView.class);
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("証明番号")), code.toLowerCase());
        _click(LocatorJ._get(Button.class, spec -> spec.withText("照会する")));
        assertThat(LocatorJ._find(Span.class)).extracting(Span::getText).contains(" 学生 一郎", " ui-targets 団体A");

        KaribuSupport.signIn(f.coordinatorB);
        UI.getCurrent().navigate(CertificateVerifyView.class);
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("証明番号")), code);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("照会する")));
        assertThat(LocatorJ._find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("この番号の修了証は見つかりませんでした。番号をもう一度確かめてください。");
    }
}
