package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.assignments.ui.AssignmentEditorView;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of two organisations (coordinator B also made coordinator of A) chooses the organisation of new
 * work, and is offered that organisation's children only; a coordinator of one sees no chooser. A colleague's
 * work of a coordinated organisation opens editable, as the service allows.
 */
class CoordinatorAuthoringScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    AssignmentsFixture f;
    TestPrincipal ofBoth;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "coord-author-" + FIXTURES.incrementAndGet());
        ofBoth = f.people.coordinatorB;
        NetworkDirectory network = context.getBean(NetworkDirectory.class);
        context.getBean(SystemAccess.class).asAdministrator(
                () -> network.addCoordinator(f.people.organisationA, ofBoth.accountId()));
    }

    private static Button button(String className) {
        return LocatorJ._get(Button.class, spec -> spec.withClasses(className));
    }

    @SuppressWarnings("unchecked")
    private static Select<OrganisationOption> chooser() {
        return LocatorJ._get(Select.class, spec -> spec.withLabel("団体"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<RecipientOptions.Learner> learners() {
        return LocatorJ._get(MultiSelectComboBox.class, spec -> spec.withLabel("子ども"));
    }

    private static List<Long> offered() {
        return learners().getListDataView().getItems().map(RecipientOptions.Learner::id).toList();
    }

    private void openNew(TestPrincipal who) {
        KaribuSupport.signIn(who);
        UI.getCurrent().navigate(AssignmentEditorView.class);
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")), "団体の しゅくだい");
    }

    @Test
    void a_coordinator_of_two_chooses_organisation_b_is_offered_its_children_only_and_saves() {
        openNew(ofBoth);
        assertThat(chooser().getListDataView().getItems().map(OrganisationOption::id))
                .containsExactlyInAnyOrder(f.people.organisationA, f.people.organisationB);
        assertThat(offered()).isEmpty();

        _setValue(chooser(), chooser().getListDataView().getItems()
                .filter(o -> o.id() == f.people.organisationB).findFirst().orElseThrow());
        assertThat(offered()).containsExactly(f.people.learnerOfB);
        _setValue(learners(), Set.copyOf(learners().getListDataView().getItems().toList()));
        _click(button("save-draft"));

        AssignmentRow row = f.acting.as(ofBoth, () -> f.authoring.library()).getFirst();
        AssignmentDetail saved = f.acting.as(ofBoth, () -> f.authoring.detail(row.id()));
        assertThat(saved.organisationId()).isEqualTo(f.people.organisationB);
        assertThat(saved.learnerIds()).containsExactly(f.people.learnerOfB);
        assertThat(chooser().isReadOnly()).isTrue();
        assertThat(chooser().getValue().id()).isEqualTo(f.people.organisationB);
        assertThat(offered()).containsExactly(f.people.learnerOfB);
    }

    @Test
    void saving_without_an_organisation_is_refused_at_the_chooser() {
        openNew(ofBoth);

        _click(button("save-draft"));

        assertThat(chooser().isInvalid()).isTrue();
        assertThat(chooser().getErrorMessage()).isEqualTo("入力してください");
        assertThat(f.acting.as(ofBoth, () -> f.authoring.library())).isEmpty();
    }

    @Test
    void a_coordinator_of_one_sees_no_chooser_and_is_offered_their_organisations_children() {
        openNew(f.people.coordinatorA);

        assertThat(LocatorJ._find(Select.class, spec -> spec.withLabel("団体"))).isEmpty();
        assertThat(offered()).contains(f.people.learnerOfA, f.learnerOfA2).doesNotContain(f.people.learnerOfB);
        _click(button("save-draft"));
        AssignmentRow row = f.acting.as(f.people.coordinatorA, () -> f.authoring.library()).getFirst();
        assertThat(f.acting.as(f.people.coordinatorA, () -> f.authoring.detail(row.id())).organisationId())
                .isEqualTo(f.people.organisationA);
    }

    @Test
    void a_colleagues_work_of_a_coordinated_organisation_opens_editable_and_saves() {
        long id = f.acting.as(f.people.tutorA, () -> f.authoring.create(AssignmentsFixture.draft("チューターの課題",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of())));
        KaribuSupport.signIn(f.people.coordinatorA);
        UI.getCurrent().navigate(AssignmentEditorView.class, id);

        TextField title = LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル"));
        assertThat(title.isReadOnly()).isFalse();
        _setValue(title, "コーディネーターが なおした課題");
        _click(button("save-draft"));

        assertThat(f.acting.as(f.people.tutorA, () -> f.authoring.detail(id)).title())
                .isEqualTo("コーディネーターが なおした課題");
    }

    @Test
    void a_tutor_still_opens_a_coordinators_work_given_to_their_child_read_only() {
        long id = f.acting.as(f.people.coordinatorA, () -> f.authoring.create(AssignmentsFixture.draft("団体の課題",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of())));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(AssignmentEditorView.class, id);

        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")).isReadOnly()).isTrue();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("save-draft"))).isEmpty();
    }
}
