package jp.manabiba.tutoring.ui;

import java.util.List;

import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MatchedLearner;
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

    record Choice(long id, String label) {
    }

    static SeriesChoices forCurrentUser(Participants participants, LearnerRecords learners, SupporterRecords supporters,
                                        MyLearners myLearners) {
        List<Long> managed = participants.managedOrganisations();
        if (!managed.isEmpty()) {
            return new SeriesChoices(null, participants.sitesOf(managed),
                    learners.enrolable().stream().map(l -> new Choice(l.id(), l.fullName())).toList(),
                    supporters.list().stream().map(s -> new Choice(s.id(), s.fullName())).toList(), null);
        }
        long me = participants.mySupporterId().orElseThrow();
        long organisation = participants.organisationOfSupporter(me).orElseThrow();
        return new SeriesChoices(organisation, participants.sitesOf(List.of(organisation)),
                myLearners.list().stream().map(l -> new Choice(l.id(), l.fullName())).toList(), List.of(), me);
    }

    long organisationFor(@Nullable SiteOption site, Participants participants) {
        if (organisationId != null) {
            return organisationId;
        }
        return site != null ? site.organisationId() : participants.managedOrganisations().stream().findFirst().orElse(-1L);
    }
}
