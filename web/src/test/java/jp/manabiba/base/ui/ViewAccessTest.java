package jp.manabiba.base.ui;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jp.manabiba.assignments.ui.CompletionView;
import jp.manabiba.assignments.ui.ResultsView;
import jp.manabiba.assignments.ui.ReviewQueueView;
import jp.manabiba.audit.ui.AuditLogView;
import jp.manabiba.learning.ui.GrowthView;
import jp.manabiba.learning.ui.UnitsView;
import jp.manabiba.home.ui.AdminHomeView;
import jp.manabiba.home.ui.ChildSettingsView;
import jp.manabiba.home.ui.CoordinatorHomeView;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.home.ui.MyAccountView;
import jp.manabiba.home.ui.SupporterHomeView;
import jp.manabiba.home.ui.TeacherHomeView;
import jp.manabiba.outcomes.ui.ManualValuesView;
import jp.manabiba.outcomes.ui.OutcomesView;
import jp.manabiba.outcomes.ui.TargetsView;
import jp.manabiba.people.ui.AccountsView;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.OrganisationsView;
import jp.manabiba.schools.ui.RosterImportView;
import jp.manabiba.schools.ui.SchoolsView;
import jp.manabiba.people.ui.SupportersView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.research.ui.ResearchExportView;
import jp.manabiba.surveys.ui.LearnerSurveysView;
import jp.manabiba.surveys.ui.MySurveysView;
import jp.manabiba.surveys.ui.SurveyBuilderView;
import jp.manabiba.surveys.ui.SurveysView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.training.ui.ModuleStudyView;
import jp.manabiba.training.ui.MyTrainingView;
import jp.manabiba.training.ui.TracksView;
import jp.manabiba.training.ui.TrainingOverviewView;
import jp.manabiba.training.ui.CertificateApprovalsView;
import jp.manabiba.training.ui.CertificatesView;
import jp.manabiba.training.ui.SignUpView;
import jp.manabiba.training.ui.WorkshopsView;
import jp.manabiba.training.ui.CertificateVerifyView;
import jp.manabiba.training.ui.TrainingTargetsView;
import jp.manabiba.tutoring.ui.SessionsView;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A direct URL to a view opens it for the roles it admits and shows the access-denied page to all others. */
class ViewAccessTest extends KaribuTest {

    private static final Set<String> USERS = Set.of("learner", "tutor", "volunteer", "teacher", "coordinator", "admin");

    /** Route, view, and the demo users (one per role) who may open it. */
    private static final Map<String, Map.Entry<Class<? extends Component>, Set<String>>> VIEWS = Map.ofEntries(
            Map.entry("learner", Map.entry(LearnerHomeView.class, Set.of("learner"))),
            Map.entry("supporter", Map.entry(SupporterHomeView.class, Set.of("tutor", "volunteer"))),
            Map.entry("teacher", Map.entry(TeacherHomeView.class, Set.of("teacher"))),
            Map.entry("coordinator", Map.entry(CoordinatorHomeView.class, Set.of("coordinator"))),
            Map.entry("admin", Map.entry(AdminHomeView.class, Set.of("admin"))),
            Map.entry("account", Map.entry(MyAccountView.class, Set.of("tutor", "volunteer", "teacher", "coordinator", "admin"))),
            Map.entry("learner/settings", Map.entry(ChildSettingsView.class, Set.of("learner"))),
            Map.entry("households", Map.entry(HouseholdsView.class, Set.of("coordinator", "admin"))),
            Map.entry("supporters", Map.entry(SupportersView.class, Set.of("coordinator", "admin"))),
            Map.entry("audit", Map.entry(AuditLogView.class, Set.of("admin"))),
            Map.entry("roster-import", Map.entry(RosterImportView.class, Set.of("coordinator", "admin"))),
            Map.entry("schools", Map.entry(SchoolsView.class, Set.of("coordinator", "admin"))),
            Map.entry("organisations", Map.entry(OrganisationsView.class, Set.of("admin"))),
            Map.entry("accounts", Map.entry(AccountsView.class, Set.of("admin"))),
            Map.entry("sessions", Map.entry(SessionsView.class, Set.of("coordinator", "admin", "tutor", "volunteer"))),
            Map.entry("units", Map.entry(UnitsView.class, Set.of("coordinator", "admin", "tutor", "volunteer", "teacher"))),
            Map.entry("growth", Map.entry(GrowthView.class, Set.of("coordinator", "admin", "tutor", "volunteer", "teacher"))),
            Map.entry("work/review", Map.entry(ReviewQueueView.class, Set.of("tutor", "volunteer", "teacher", "coordinator"))),
            Map.entry("work/results", Map.entry(ResultsView.class, Set.of("tutor", "volunteer", "teacher", "coordinator"))),
            Map.entry("work/completion", Map.entry(CompletionView.class, Set.of("coordinator", "admin"))),
            Map.entry("training", Map.entry(MyTrainingView.class, Set.of("tutor", "volunteer"))),
            Map.entry("training/module/child-safeguarding", Map.entry(ModuleStudyView.class, Set.of("tutor", "volunteer"))),
            Map.entry("training/supporters", Map.entry(TrainingOverviewView.class, Set.of("coordinator", "admin"))),
            Map.entry("training/tracks", Map.entry(TracksView.class, Set.of("admin"))),
            Map.entry("training/workshops", Map.entry(WorkshopsView.class, Set.of("coordinator", "admin"))),
            Map.entry("training/approvals", Map.entry(CertificateApprovalsView.class, Set.of("coordinator", "admin"))),
            Map.entry("training/sign-up", Map.entry(SignUpView.class, Set.of("tutor", "volunteer"))),
            Map.entry("training/certificates", Map.entry(CertificatesView.class, Set.of("tutor", "volunteer"))),
            Map.entry("surveys", Map.entry(SurveysView.class, Set.of("coordinator", "admin"))),
            Map.entry("surveys/edit", Map.entry(SurveyBuilderView.class, Set.of("coordinator", "admin"))),
            Map.entry("learner/surveys", Map.entry(LearnerSurveysView.class, Set.of("learner"))),
            Map.entry("my-surveys", Map.entry(MySurveysView.class, Set.of("tutor", "volunteer", "teacher"))),
            Map.entry("research", Map.entry(ResearchExportView.class, Set.of("coordinator", "admin"))),
            Map.entry("training/targets", Map.entry(TrainingTargetsView.class, Set.of("admin"))),
            Map.entry("training/verify", Map.entry(CertificateVerifyView.class, Set.of("coordinator", "admin"))),
            Map.entry("outcomes", Map.entry(OutcomesView.class, Set.of("coordinator", "admin"))),
            Map.entry("outcomes/values", Map.entry(ManualValuesView.class, Set.of("coordinator"))),
            Map.entry("outcomes/targets", Map.entry(TargetsView.class, Set.of("admin"))));

    static Stream<Arguments> visits() {
        return VIEWS.entrySet().stream().flatMap(view -> USERS.stream().sorted().map(user ->
                Arguments.of(view.getKey(), user, view.getValue().getKey(), view.getValue().getValue().contains(user))));
    }

    @ParameterizedTest(name = "/{0} as {1}: allowed={3}")
    @MethodSource("visits")
    void a_view_opens_only_for_the_roles_it_admits(String route, String user, Class<?> view, boolean allowed) {
        KaribuSupport.signIn(TestPrincipal.demo(context, user));

        UI.getCurrent().navigate(route);

        assertThat(KaribuSupport.currentView()).isInstanceOf(allowed ? view : AccessDeniedView.class);
    }
}
