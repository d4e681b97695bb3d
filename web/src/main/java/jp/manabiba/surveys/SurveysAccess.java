package jp.manabiba.surveys;

import java.time.Clock;
import java.util.List;

import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.AudienceMembers;
import jp.manabiba.people.Participants;
import jp.manabiba.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with surveys, in one place. A survey belongs to its organisation: its coordinators and the
 * administrators build, publish and read it; only the organisation's own coordinators read free text. A
 * respondent reaches only a survey they are invited to, a guardian only through their household's unexpired
 * link. A refusal is the same for "someone else's" and "does not exist", and each is audited.
 */
@Component
class SurveysAccess {

    static final String REFUSED = "Not permitted";
    static final String SCREEN = "surveys";

    private final SurveyStore surveys;
    private final InvitationStore invitations;
    private final Participants participants;
    private final AudienceMembers members;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SurveysAccess(SurveyStore surveys, InvitationStore invitations, Participants participants, AudienceMembers members,
                  CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.participants = participants;
        this.members = members;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A survey of an organisation the caller manages (a coordinator's own, any for an administrator). */
    SurveyHeader managed(long surveyId) {
        return surveys.header(surveyId).filter(s -> managedOrganisations().contains(s.organisationId()))
                .orElseThrow(() -> refused("survey", surveyId));
    }

    List<Long> managedOrganisations() {
        return participants.managedOrganisations();
    }

    /** The organisation a new survey belongs to: the one chosen, or the caller's only one. */
    long organisationFor(@Nullable Long requested) {
        List<Long> managed = managedOrganisations();
        if (requested == null) {
            if (managed.size() == 1) {
                return managed.getFirst();
            }
            throw new InvalidInput("organisationId", "validation.required");
        }
        if (!managed.contains(requested)) {
            throw refused("organisation", requested);
        }
        return requested;
    }

    /** What respondents wrote in their own words: for the organisation's own coordinators only. */
    boolean readsFreeText(SurveyHeader survey) {
        return members.coordinates(survey.organisationId());
    }

    /** The signed-in respondent's invitation to this survey. */
    Invitation myInvitation(long surveyId) {
        long me = currentUser.require().accountId();
        return invitations.invitationOf(surveyId, me).orElseThrow(() -> refused("survey", surveyId));
    }

    /** The invitation behind a household's link, while it has not expired; anything else is "not a link". */
    Invitation byLink(String token) {
        Invitation invitation = LinkTokens.wellFormed(token)
                ? invitations.invitationByToken(LinkTokens.hash(token)).orElse(null) : null;
        if (invitation == null || invitation.expiresAt() == null || !clock.instant().isBefore(invitation.expiresAt())) {
            audit.recordRefusal("survey-link", invitation == null ? 0 : invitation.id(), SCREEN);
            throw new InvalidInput("link", "surveys.error.link");
        }
        return invitation;
    }

    /** A refusal, audited in a transaction of its own (the caller's is rolled back). */
    /** The records behind an organisation's outcome figures: its own coordinators only, never an administrator. */
    void requireCoordinatesOnly(long organisationId) {
        if (!participants.coordinatesOnly(organisationId)) {
            throw refused("organisation", organisationId);
        }
    }

    AccessDeniedException refused(String recordType, long recordId) {
        audit.recordRefusal(recordType, recordId, SCREEN);
        return new AccessDeniedException(REFUSED);
    }
}
