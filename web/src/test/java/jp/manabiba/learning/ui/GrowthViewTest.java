package jp.manabiba.learning.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.learning.ChildReflections;
import jp.manabiba.learning.GrowthRow;
import jp.manabiba.learning.LearningFixture;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.RatingMoment;
import jp.manabiba.learning.SelfRatings;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.schools.Grade;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The growth screen: before and after per child and for the group; reflections only where they may be read. */
class GrowthViewTest extends KaribuTest {

    static final String FOOD = LearningFixture.FOOD;

    @Autowired
    UnitAssignments assignments;

    @Autowired
    SelfRatings ratings;

    @Autowired
    LessonWork work;

    @Autowired
    ChildReflections reflections;

    @Test
    void a_coordinator_sees_before_and_after_of_two_children_and_the_groups_figure() {
        LearningFixture f = new LearningFixture(context, "growth-two");
        TestPrincipal second = secondChild(f, "growth-two");
        long secondId = learnerOf(second);
        f.as(f.people.coordinatorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA, secondId)));
        rate(f, f.people.learnerA, 1, 3);
        rate(f, second, 2, 4);

        KaribuSupport.signIn(f.people.coordinatorA);
        openOnFood();

        @SuppressWarnings("unchecked")
        Grid<GrowthRow> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("growth-children"));
        List<GrowthRow> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(GrowthRow::learnerId).containsOnly(f.people.learnerOfA, secondId);
        assertThat(rows).filteredOn(r -> r.learnerId() == f.people.learnerOfA)
                .allSatisfy(r -> assertThat(List.of(r.start(), r.end())).containsExactly(1, 3));
        assertThat(GridKt._getFormattedRow(grid, 0)).as("the change, in text").contains("+2");
        assertThat(LocatorJ._find(Span.class, spec -> spec.withClasses("growth-figure")))
                .as("per ability: the two children's mean before and after, in text")
                .allSatisfy(span -> assertThat(span.getText()).contains("1.5", "3.5", "+2.0", "2"));
    }

    @Test
    void a_teacher_sees_the_numbers_but_a_childs_words_only_with_the_households_consent_and_each_read_is_audited() {
        LearningFixture f = new LearningFixture(context, "growth-teacher");
        f.as(f.people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA)));
        f.as(f.people.learnerA, () -> work.save(FOOD, "loss-reflect", "ごはんを のこさない", null));
        rate(f, f.people.learnerA, 2, 3);

        KaribuSupport.signIn(f.people.teacher);
        openOnFood();
        @SuppressWarnings("unchecked")
        Grid<GrowthRow> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("growth-children"));
        assertThat(GridKt._size(grid)).as("the numbers, with consent to share with the school").isPositive();
        assertThat(reflectionButtons()).as("no way to the child's words").isEmpty();
        assertThatThrownBy(() -> reflections.of(f.people.learnerOfA, FOOD, java.util.Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited(f, f.people.teacher)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REFUSED);
            assertThat(entry.screen()).isEqualTo("learning-reflections");
        });

        KaribuSupport.signIn(f.people.coordinatorA);
        context.getBean(HouseholdRecords.class).recordConsent(f.people.householdA,
                ConsentPurpose.SHARE_LEARNING_RECORDS, true, "青木 母", ConsentMethod.PAPER, LocalDate.of(2026, 4, 1));
        KaribuSupport.signIn(f.people.teacher);
        openOnFood();
        List<Button> open = reflectionButtons();
        assertThat(open).hasSize(1);
        _click(open.getFirst());
        assertThat(LocatorJ._find(Paragraph.class, spec -> spec.withClasses("reflection-text")))
                .extracting(Paragraph::getText).containsExactly("ごはんを のこさない");
        assertThat(audited(f, f.people.teacher)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.READ);
            assertThat(entry.screen()).isEqualTo("learning-reflections");
            assertThat(entry.recordId()).isEqualTo(f.people.learnerOfA);
        });
    }

    @Test
    void a_matched_tutor_may_read_the_childs_reflections_and_another_organisations_coordinator_may_not() {
        LearningFixture f = new LearningFixture(context, "growth-tutor");
        assertThat(f.as(f.people.tutorA, () -> reflections.readable(List.of(f.people.learnerOfA, f.people.learnerOfB))))
                .containsExactly(f.people.learnerOfA);
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> reflections.of(f.people.learnerOfA, FOOD, java.util.Locale.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The reflection buttons of the children's grid (a grid's cells are not in the component tree). */
    @SuppressWarnings("unchecked")
    private static List<Button> reflectionButtons() {
        Grid<GrowthRow> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("growth-children"));
        List<Button> buttons = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            GridKt._getCellComponent(grid, row, "reflections").getChildren().filter(Button.class::isInstance)
                    .map(Button.class::cast).forEach(buttons::add);
        }
        return buttons;
    }

    /** The growth screen on the food-loss unit (the catalogue's first unit may be another). */
    @SuppressWarnings("unchecked")
    private static void openOnFood() {
        UI.getCurrent().navigate(GrowthView.class);
        Select<UnitEntry> unit = LocatorJ._get(Select.class, spec -> spec.withClasses("growth-unit"));
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.unitId().equals(FOOD)).findFirst().orElseThrow());
    }

    /** An actor's audit entries on children, read as the administrator (the signed-in session is whom services see). */
    private List<AuditRow> audited(LearningFixture f, TestPrincipal actor) {
        KaribuSupport.signIn(f.people.admin);
        List<AuditRow> rows = context.getBean(AuditLog.class).search(new AuditFilter(actor.username(), "learner", null, null), 0, 200);
        KaribuSupport.signIn(actor);
        return rows;
    }

    private void rate(LearningFixture f, TestPrincipal child, int before, int after) {
        f.as(child, () -> {
            List<EsdAbility> abilities = ratings.abilities(FOOD);
            ratings.rate(FOOD, RatingMoment.START, levels(abilities, before));
            ratings.rate(FOOD, RatingMoment.END, levels(abilities, after));
        });
    }

    private static Map<EsdAbility, Integer> levels(List<EsdAbility> abilities, int level) {
        return abilities.stream().collect(Collectors.toMap(Function.identity(), a -> level));
    }

    /** A second child of organisation A with an account, of the same school and class. */
    private TestPrincipal secondChild(LearningFixture f, String prefix) {
        context.getBean(SystemAccess.class).asAdministrator(() -> {
            long home = context.getBean(HouseholdRecords.class).create(f.people.organisationA, new HouseholdDetails("井上",
                    "いのうえ", null, HomeLanguage.JA, LocalDate.of(2026, 4, 1), null, EnumSet.noneOf(jp.manabiba.people.Circumstance.class), null));
            LearnerRecords learners = context.getBean(LearnerRecords.class);
            long child = learners.add(home, new LearnerDetails("井上", "そら", "いのうえ", "そら", f.people.school, Grade.P4, "1組",
                    FuriganaPreference.ALL));
            return learners.createLocalAccount(child, prefix + "-learner-2").accountId();
        });
        return TestPrincipal.demo(context, prefix + "-learner-2");
    }

    private long learnerOf(TestPrincipal child) {
        return context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(jp.manabiba.people.Participants.class)
                .learnerIdOfAccount(child.accountId()).orElseThrow());
    }
}
