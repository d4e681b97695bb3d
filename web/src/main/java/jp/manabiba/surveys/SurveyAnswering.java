package jp.manabiba.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondents' side: the surveys open to me, a survey's questions in my language, drafts kept on the server
 * (identified surveys only: an anonymous draft would need an owner), and handing in once. Guardians answer through
 * their household's link, without an account: the link is the proof, as a calendar feed's secret address is.
 */
@Service
@RolesAllowed({Roles.LEARNER, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class SurveyAnswering {

    private final SurveysAccess access;
    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final InvitationStore invitationStore;
    private final CurrentUser currentUser;
    private final Clock clock;

    SurveyAnswering(SurveysAccess access, SurveyStore surveys, ResponseStore responses, InvitationStore invitationStore,
                    CurrentUser currentUser,
                    Clock clock) {
        this.access = access;
        this.surveys = surveys;
        this.responses = responses;
        this.invitationStore = invitationStore;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OpenSurvey> mine() {
        List<Long> ids = invitationStore.unansweredSurveys(currentUser.require().accountId());
        return surveys.headersById(ids).stream().filter(s -> s.openOn(today()))
                .map(s -> new OpenSurvey(s.id(), s.title(), s.anonymous(), s.closesOn())).toList();
    }

    /** The survey to answer; in English when {@code english} and it was translated, for an adult. */
    @Transactional(readOnly = true)
    public SurveyForm open(long surveyId, boolean english) {
        Invitation invitation = access.myInvitation(surveyId);
        SurveyHeader survey = requireOpen(invitation);
        var own = survey.anonymous() ? null : responses.responseOf(invitation.id()).orElse(null);
        long versionId = own != null ? own.versionId() : surveys.currentVersion(surveyId)[0];
        List<Question> questions = surveys.questions(versionId);
        HomeLanguage language = currentUser.require().hasRole(Role.LEARNER) ? HomeLanguage.JA_EASY
                : FormLanguage.forAdult(questions, english);
        return new SurveyForm(surveyId, survey.title(), survey.anonymous(), survey.pairRole(), survey.closesOn(),
                language, FormLanguage.ask(questions, language, false), own == null ? Map.of() : responses.answers(own.id()));
    }

    /** Keeps the answers so far (identified surveys); the time they were kept. */
    @Transactional
    public Instant saveDraft(long surveyId, Map<Long, Answer> answers) {
        Invitation invitation = access.myInvitation(surveyId);
        SurveyHeader survey = requireOpen(invitation);
        if (survey.anonymous()) {
            throw new InvalidInput("answers", "surveys.error.no-drafts");
        }
        invitationStore.lock(invitation.id());
        var own = responses.responseOf(invitation.id()).orElse(null);
        long versionId = own != null ? own.versionId() : surveys.currentVersion(surveyId)[0];
        Map<Long, Answer> kept = AnswerSheet.check(surveys.questions(versionId), answers, false);
        byte[] id = own != null ? own.id() : ownResponse(survey, versionId, invitation);
        responses.replaceAnswers(id, kept);
        return clock.instant();
    }

    @Transactional
    public Receipt submit(long surveyId, Map<Long, Answer> answers, @Nullable String pairCode) {
        Invitation invitation = access.myInvitation(surveyId);
        HomeLanguage language = currentUser.require().hasRole(Role.LEARNER) ? HomeLanguage.JA_EASY : HomeLanguage.JA;
        return handIn(invitation, requireOpen(invitation), answers, pairCode, language);
    }

    @PermitAll // a guardian has no account: the unguessable, expiring link is the proof (SurveysAccess#byLink)
    @Transactional(readOnly = true)
    public SurveyForm openByLink(String token) {
        Invitation invitation = access.byLink(token);
        SurveyHeader survey = requireOpen(invitation);
        List<Question> questions = surveys.questions(surveys.currentVersion(survey.id())[0]);
        HomeLanguage home = invitation.language() == null ? HomeLanguage.JA : invitation.language();
        HomeLanguage language = FormLanguage.forGuardian(questions, home);
        boolean withPlain = language == HomeLanguage.JA && home != HomeLanguage.JA;
        return new SurveyForm(survey.id(), survey.title(), survey.anonymous(), survey.pairRole(), survey.closesOn(),
                language, FormLanguage.ask(questions, language, withPlain), Map.of());
    }

    @PermitAll // as openByLink
    @Transactional
    public Receipt submitByLink(String token, Map<Long, Answer> answers, @Nullable String pairCode) {
        Invitation invitation = access.byLink(token);
        HomeLanguage language = invitation.language() == null ? HomeLanguage.JA : invitation.language();
        return handIn(invitation, requireOpen(invitation), answers, pairCode, language);
    }

    /**
     * Marks the invitation answered and stores the answers. Anonymous: a new response with nothing that points
     * back (the answered mark and the response share only this transaction); identified: the respondent's own.
     */
    private Receipt handIn(Invitation invitation, SurveyHeader survey, Map<Long, Answer> answers,
                           @Nullable String pairCode, HomeLanguage language) {
        invitationStore.lock(invitation.id());
        if (!invitationStore.markAnswered(invitation.id())) {
            throw new InvalidInput("survey", "surveys.error.answered");
        }
        if (survey.anonymous()) {
            long versionId = surveys.currentVersion(survey.id())[0];
            Map<Long, Answer> kept = AnswerSheet.check(surveys.questions(versionId), answers, true);
            String code = survey.pairRole() == PairRole.PRE ? PairCodes.newCode()
                    : survey.pairRole() == PairRole.POST ? PairCodes.typed(pairCode) : null;
            // no date either: someone asked after publication (AudienceSync) could be told apart by answering later
            byte[] id = responses.newResponse(survey.id(), versionId, true, null, language, code);
            responses.replaceAnswers(id, kept);
            return new Receipt(survey.pairRole() == PairRole.PRE && code != null ? PairCodes.shown(code) : null);
        }
        var own = responses.responseOf(invitation.id()).orElse(null);
        long versionId = own != null ? own.versionId() : surveys.currentVersion(survey.id())[0];
        Map<Long, Answer> kept = AnswerSheet.check(surveys.questions(versionId), answers, true);
        byte[] id = own != null ? own.id() : ownResponse(survey, versionId, invitation);
        responses.replaceAnswers(id, kept);
        responses.submit(id, today(), null);
        return new Receipt(null);
    }

    private byte[] ownResponse(SurveyHeader survey, long versionId, Invitation invitation) {
        byte[] id = responses.newResponse(survey.id(), versionId, false, null, HomeLanguage.JA, null);
        responses.own(id, invitation.id());
        return id;
    }

    private SurveyHeader requireOpen(Invitation invitation) {
        SurveyHeader survey = surveys.header(invitation.surveyId()).orElseThrow();
        if (!survey.openOn(today())) {
            throw new InvalidInput("survey", "surveys.error.not-open");
        }
        if (invitationStore.answered(invitation.id())) {
            throw new InvalidInput("survey", "surveys.error.answered");
        }
        return survey;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
    }
}
