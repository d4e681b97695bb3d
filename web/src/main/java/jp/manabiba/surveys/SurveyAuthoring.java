package jp.manabiba.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' and administrators' side of a survey: build it, change it (a new version once answered),
 * publish it to its audience for a date range, and make the guardians' links. Audience and anonymity are fixed
 * once published: the people asked were told which it is.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SurveyAuthoring {

    /** What publishing did: accounts newly invited, and the households' links (guardian surveys). */
    public record Published(int invited, List<GuardianLink> links) {
    }

    private final SurveysAccess access;
    private final SurveyStore surveys;
    private final InvitationStore invitationStore;
    private final Invitations invitations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SurveyAuthoring(SurveysAccess access, SurveyStore surveys, InvitationStore invitationStore,
                    Invitations invitations, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.access = access;
        this.surveys = surveys;
        this.invitationStore = invitationStore;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SurveyRow> list() {
        List<SurveyHeader> headers = surveys.headers(access.managedOrganisations());
        Map<Long, int[]> counts = invitationStore.counts(headers.stream().map(SurveyHeader::id).toList());
        return headers.stream().map(s -> {
            int[] c = counts.getOrDefault(s.id(), new int[2]);
            return new SurveyRow(s.id(), s.title(), s.audience(), s.anonymous(), s.pairRole(),
                    SurveyState.of(s, today()), s.opensOn(), s.closesOn(), c[0], c[1]);
        }).toList();
    }

    /** The organisations a new survey may belong to. */
    @Transactional(readOnly = true)
    public List<SurveyChoice> organisations() {
        return surveys.organisations(access.managedOrganisations());
    }

    /** PRE surveys a POST survey of this organisation may be compared with. */
    @Transactional(readOnly = true)
    public List<SurveyChoice> preSurveys(long organisationId) {
        return surveys.headers(List.of(access.organisationFor(organisationId))).stream()
                .filter(s -> s.pairRole() == PairRole.PRE).map(s -> new SurveyChoice(s.id(), s.title())).toList();
    }

    @Transactional
    public long create(SurveyDraft draft) {
        long organisationId = access.organisationFor(draft.organisationId());
        String title = SurveyRules.title(draft.title());
        List<QuestionDraft> questions = SurveyRules.questions(draft.questions());
        requirePair(organisationId, draft);
        long id = surveys.insert(organisationId, draft, title, currentUser.require().accountId(), clock.instant());
        surveys.replaceQuestions(surveys.newVersion(id, 1, clock.instant()), questions);
        audit.record(AuditAction.CREATE, "survey", id, SurveysAccess.SCREEN);
        return id;
    }

    @Transactional(readOnly = true)
    public SurveyDetail detail(long surveyId) {
        SurveyHeader s = access.managed(surveyId);
        long[] version = surveys.currentVersion(surveyId);
        List<QuestionDraft> questions = surveys.questions(version[0]).stream().map(Question::draft).toList();
        return new SurveyDetail(s.id(), s.organisationId(), s.version(), s.title(), s.audience(), s.anonymous(),
                s.pairRole(), s.pairedWithId(), SurveyState.of(s, today()), s.opensOn(), s.closesOn(),
                (int) version[1], surveys.hasResponses(version[0]), questions);
    }

    /** Saves settings and questions; answered questions stay as they were and the change becomes a new version. */
    @Transactional
    public void change(long surveyId, long lock, SurveyDraft draft) {
        SurveyHeader s = access.managed(surveyId);
        String title = SurveyRules.title(draft.title());
        List<QuestionDraft> questions = SurveyRules.questions(draft.questions());
        if (s.published() && draft.audience() != s.audience()) {
            throw new InvalidInput("audience", "surveys.error.fixed-after-publishing");
        }
        if (s.published() && draft.anonymous() != s.anonymous()) {
            throw new InvalidInput("anonymous", "surveys.error.fixed-after-publishing");
        }
        requirePair(s.organisationId(), draft);
        if (!surveys.updateSettings(surveyId, lock, draft, title)) {
            throw new InvalidInput("title", "surveys.error.changed-meanwhile");
        }
        long[] version = surveys.currentVersion(surveyId);
        boolean same = surveys.questions(version[0]).stream().map(Question::draft).toList().equals(questions);
        if (!same) {
            long target = surveys.hasResponses(version[0])
                    ? surveys.newVersion(surveyId, (int) version[1] + 1, clock.instant()) : version[0];
            surveys.replaceQuestions(target, questions);
        }
        audit.record(AuditAction.CHANGE, "survey", surveyId, SurveysAccess.SCREEN);
    }

    /** Opens the survey from {@code opensOn} to {@code closesOn} (Asia/Tokyo, inclusive) and asks its audience. */
    @Transactional
    public Published publish(long surveyId, LocalDate opensOn, LocalDate closesOn) {
        SurveyHeader s = access.managed(surveyId);
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidInput("closesOn", "surveys.error.closes-before-opens");
        }
        if (closesOn.isBefore(today())) {
            throw new InvalidInput("closesOn", "surveys.error.closes-in-past");
        }
        surveys.publish(surveyId, opensOn, closesOn, clock.instant());
        SurveyHeader published = access.managed(surveyId);
        int invited = invitations.inviteAccounts(published);
        List<GuardianLink> links = invitations.links(published, false);
        audit.record(AuditAction.CHANGE, "survey", s.id(), SurveysAccess.SCREEN);
        return new Published(invited + links.size(), links);
    }

    /** New links for the households that have not answered (the old ones stop working), to print again. */
    @Transactional
    public List<GuardianLink> renewLinks(long surveyId) {
        SurveyHeader s = access.managed(surveyId);
        if (s.audience() != Audience.GUARDIAN || !s.published()) {
            throw new InvalidInput("links", "surveys.error.no-links");
        }
        return invitations.links(s, true);
    }

    private void requirePair(long organisationId, SurveyDraft draft) {
        if (draft.pairRole() != PairRole.POST) {
            if (draft.pairedWithId() != null) {
                throw new InvalidInput("pairedWith", "surveys.error.pair-only-post");
            }
            return;
        }
        if (draft.pairedWithId() == null) {
            throw new InvalidInput("pairedWith", "validation.required");
        }
        SurveyHeader pre = access.managed(draft.pairedWithId());
        if (pre.organisationId() != organisationId || pre.pairRole() != PairRole.PRE
                || pre.audience() != draft.audience() || pre.anonymous() != draft.anonymous()) {
            throw new InvalidInput("pairedWith", "surveys.error.pair-mismatch");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
    }
}
