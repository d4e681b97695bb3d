package jp.manabiba.tutoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SiteOption;
import jp.manabiba.people.SupporterRecords;
import org.jspecify.annotations.Nullable;

/**
 * What the planning dialog offers: a coordinator chooses among their organisations' sites, learners and
 * supporters; a tutor or volunteer plans for their own organisation, their matched children and themselves.
 *
 * @param tutorOnly the one supporter of a tutor's own plan; null when the coordinator chooses
 */
record SeriesChoices(@Nullable Long organisationId, List<SiteOption> sites, List<Choice> learners, List<Choice> supporters,
                     @Nullable Long tutorOnly) {

    /**
     * A person to choose. Children with the same name (six 池田 in one network) are told apart by grade, school and
     * class, so those come with the name.
     */
    record Choice(long id, String name, @Nullable Grade grade, @Nullable String school, @Nullable String homeClass) {

        static Choice named(long id, String name) {
            return new Choice(id, name, null, null, null);
        }

        String label(Component translator) {
            List<String> details = new ArrayList<>();
            if (grade != null) {
                details.add(translator.getTranslation("grade." + grade.name()));
            }
            if (school != null && !school.isBlank()) {
                details.add(school);
            }
            if (homeClass != null && !homeClass.isBlank()) {
                details.add(homeClass);
            }
            return details.isEmpty() ? name
                    : translator.getTranslation("sessions.learner-choice", name, String.join(" · ", details));
        }
    }

    static SeriesChoices forCurrentUser(Participants participants, LearnerRecords learners, SupporterRecords supporters,
                                        MyLearners myLearners) {
        List<Long> managed = participants.managedOrganisations();
        if (!managed.isEmpty()) {
            return new SeriesChoices(null, participants.sitesOf(managed),
                    learners.enrolable().stream()
                            .map(l -> new Choice(l.id(), l.fullName(), l.grade(), l.school(), l.homeClass())).toList(),
                    supporters.list().stream().map(s -> Choice.named(s.id(), s.fullName())).toList(), null);
        }
        long me = participants.mySupporterId().orElseThrow();
        long organisation = participants.organisationOfSupporter(me).orElseThrow();
        return new SeriesChoices(organisation, participants.sitesOf(List.of(organisation)),
                myLearners.toPlanWith().stream().map(l -> new Choice(l.id(), l.fullName(), l.grade(), l.school(), null)).toList(),
                List.of(), me);
    }

    long organisationFor(@Nullable SiteOption site, Participants participants) {
        if (organisationId != null) {
            return organisationId;
        }
        return site != null ? site.organisationId() : participants.managedOrganisations().stream().findFirst().orElse(-1L);
    }
}
