package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import org.springframework.context.ApplicationContext;

/** Child A of a fresh {@link PeopleFixture} with the food-loss unit given by their tutor, signed in on a mocked UI. */
final class ChildUnitFixture {

    static final String FOOD = "food-loss-kodomo-shokudo";
    /** A unit nobody gave child A. */
    static final String NOT_GIVEN = "jishin-sonae-machi";

    final PeopleFixture people;
    private final ApplicationContext context;

    ChildUnitFixture(ApplicationContext context, String prefix) {
        this.context = context;
        this.people = new PeopleFixture(context, prefix);
        new Acting(context).as(people.tutorA, () -> context.getBean(UnitAssignments.class)
                .assignToLearners(FOOD, List.of(people.learnerOfA)));
        KaribuSupport.signIn(people.learnerA);
    }

    /** A second device: a new UI of the same child (what is shown comes from the database again). */
    void secondDevice() {
        KaribuSupport.stop();
        KaribuSupport.start(context);
        KaribuSupport.signIn(people.learnerA);
    }

    static void openRating(String unitId, String moment) {
        UI.getCurrent().navigate(SelfRatingView.class, new RouteParameters(Map.of("unitId", unitId, "moment", moment)));
    }

    static void openAction(String unitId) {
        UI.getCurrent().navigate(CommunityActionView.class, new RouteParameters(Map.of("unitId", unitId)));
    }

    /** The refusals of child A written to the audit log for the screen. */
    List<AuditRow> refusalsOn(String screen) {
        KaribuSupport.signIn(people.admin); // the UI's session decides who calls, as in the application
        try {
            return context.getBean(AuditLog.class)
                    .search(new AuditFilter(people.learnerA.username(), "learner", null, null), 0, 200).stream()
                    .filter(row -> row.action() == AuditAction.REFUSED && row.screen().equals(screen)).toList();
        } finally {
            KaribuSupport.signIn(people.learnerA);
        }
    }
}
