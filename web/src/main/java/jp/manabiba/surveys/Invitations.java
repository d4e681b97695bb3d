package jp.manabiba.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.AudienceMembers;
import org.springframework.stereotype.Component;

/**
 * Asks a published survey's audience: every account of it (children, supporters, teachers of the schools its
 * children attend) gets an invitation, added again at each publication for people who joined since; every
 * household gets a link that works until the end of the closing day, and a new one (the old one stops working)
 * whenever the coordinator makes the links again, except households that have answered.
 */
@Component
class Invitations {

    private final AudienceMembers members;
    private final InvitationStore invitations;
    private final Clock clock;

    Invitations(AudienceMembers members, InvitationStore invitations, Clock clock) {
        this.members = members;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Invites the accounts of the audience; the number added. Guardians are asked through {@link #links}. */
    int inviteAccounts(SurveyHeader survey) {
        List<Long> accounts = switch (survey.audience()) {
            case LEARNER -> members.learnerAccounts(survey.organisationId());
            case SUPPORTER -> members.supporterAccounts(survey.organisationId());
            case TEACHER -> members.teacherAccounts(survey.organisationId());
            case GUARDIAN -> List.of();
        };
        return invitations.inviteAccounts(survey.id(), accounts, clock.instant());
    }

    /**
     * Links valid to the end of the closing day: for households without one yet ({@code renew} false: a
     * publication again keeps the printed links working, and moves their expiry to the new closing day), or new
     * ones for every household that has not answered ({@code renew}: the old links stop working).
     */
    List<GuardianLink> links(SurveyHeader survey, boolean renew) {
        if (survey.audience() != Audience.GUARDIAN || survey.closesOn() == null) {
            return List.of();
        }
        Instant expires = survey.closesOn().plusDays(1).atStartOfDay(ProgrammeZone.TOKYO).toInstant();
        invitations.expireLinksAt(survey.id(), expires);
        Set<Long> answered = renew ? invitations.answeredHouseholds(survey.id()) : invitations.invitedHouseholds(survey.id());
        List<GuardianLink> links = new ArrayList<>();
        for (AudienceMembers.HouseholdMember household : members.households(survey.organisationId())) {
            if (answered.contains(household.householdId())) {
                continue;
            }
            String token = LinkTokens.newToken();
            invitations.inviteHousehold(survey.id(), household.householdId(), household.language(),
                    LinkTokens.hash(token), expires, clock.instant());
            links.add(new GuardianLink(household.householdId(), household.familyName(), household.language(),
                    "survey/" + token));
        }
        return links;
    }
}
