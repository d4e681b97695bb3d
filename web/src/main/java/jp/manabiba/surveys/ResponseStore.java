package jp.manabiba.surveys;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.manabiba.people.HomeLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitations, who has answered, and responses, in SQL. A response's id is 16 random bytes, so the table's order
 * says nothing of who came first; an anonymous response is written with nothing that points to its invitation.
 */
@Component
class ResponseStore {

    private static final String INVITATION = "select id, survey_id, account_id, household_id, language, expires_at "
            + "from survey_invitation";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invites accounts not invited yet; returns how many were added. */
    int inviteAccounts(long surveyId, Collection<Long> accountIds, Instant now) {
        int added = 0;
        for (long account : new HashSet<>(accountIds)) {
            added += jdbc.sql("insert ignore into survey_invitation (survey_id, account_id, created_at) values (?, ?, ?)")
                    .params(surveyId, account, Utc.of(now)).update();
        }
        return added;
    }

    /** A household's link: a new token hash (the old link stops working), or a new invitation. */
    void inviteHousehold(long surveyId, long householdId, HomeLanguage language, byte[] tokenHash, Instant expiresAt,
                         Instant now) {
        jdbc.sql("""
                insert into survey_invitation (survey_id, household_id, language, token_hash, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                on duplicate key update language = values(language), token_hash = values(token_hash),
                  expires_at = values(expires_at)""")
                .params(surveyId, householdId, language.name(), tokenHash, Utc.of(expiresAt), Utc.of(now)).update();
    }

    Optional<Invitation> invitationOf(long surveyId, long accountId) {
        return jdbc.sql(INVITATION + " where survey_id = ? and account_id = ?").params(surveyId, accountId)
                .query(ResponseStore::invitation).optional();
    }

    Optional<Invitation> invitationByToken(byte[] tokenHash) {
        return jdbc.sql(INVITATION + " where token_hash = ?").param(tokenHash).query(ResponseStore::invitation).optional();
    }

    /** Holds the invitation's row until commit: one respondent's saves and hand-in happen one after another. */
    void lock(long invitationId) {
        jdbc.sql("select id from survey_invitation where id = ? for update").param(invitationId).query(Long.class).list();
    }

    /** The surveys this account is invited to and has not answered. */
    List<Long> unansweredSurveys(long accountId) {
        return jdbc.sql("""
                select i.survey_id from survey_invitation i where i.account_id = ?
                and not exists (select 1 from survey_answered a where a.invitation_id = i.id)""")
                .param(accountId).query(Long.class).list();
    }

    /** Invited and answered per survey: {invited, answered}. */
    Map<Long, int[]> counts(Collection<Long> surveyIds) {
        Map<Long, int[]> counts = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select i.survey_id, count(*), count(a.invitation_id) from survey_invitation i
                left join survey_answered a on a.invitation_id = i.id where i.survey_id in (:ids) group by i.survey_id""")
                .param("ids", List.copyOf(surveyIds))
                .query((rs, row) -> counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return counts;
    }

    boolean answered(long invitationId) {
        return jdbc.sql("select count(*) from survey_answered where invitation_id = ?").param(invitationId)
                .query(Integer.class).single() > 0;
    }

    /** Households of a survey that have answered (their links are not renewed). */
    Set<Long> answeredHouseholds(long surveyId) {
        return new HashSet<>(jdbc.sql("select i.household_id from survey_invitation i join survey_answered a "
                + "on a.invitation_id = i.id where i.survey_id = ? and i.household_id is not null")
                .param(surveyId).query(Long.class).list());
    }

    Set<Long> invitedHouseholds(long surveyId) {
        return new HashSet<>(jdbc.sql("select household_id from survey_invitation where survey_id = ? "
                + "and household_id is not null").param(surveyId).query(Long.class).list());
    }

    /** Moves the expiry of a survey's household links (its closing day changed). */
    void expireLinksAt(long surveyId, Instant expiresAt) {
        jdbc.sql("update survey_invitation set expires_at = ? where survey_id = ? and household_id is not null")
                .params(Utc.of(expiresAt), surveyId).update();
    }

    /** Marks the invitation answered; false when it already was (a second tab, a second tap). */
    boolean markAnswered(long invitationId) {
        return jdbc.sql("insert ignore into survey_answered (invitation_id) values (?)").param(invitationId).update() == 1;
    }

    /** A new response; its random id. */
    byte[] newResponse(long surveyId, long versionId, boolean submitted, @Nullable LocalDate day, HomeLanguage language,
                       @Nullable String pairCode) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        jdbc.sql("""
                insert into survey_response (id, survey_id, version_id, submitted, submitted_on, language, pair_code)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, surveyId, versionId, submitted, day, language.name(), pairCode).update();
        return id;
    }

    void own(byte[] responseId, long invitationId) {
        jdbc.sql("insert into survey_response_owner (response_id, invitation_id) values (?, ?)")
                .params(responseId, invitationId).update();
    }

    /** An identified respondent's response (a draft or handed in): {id, version id, submitted}. */
    Optional<OwnResponse> responseOf(long invitationId) {
        return jdbc.sql("select r.id, r.version_id, r.submitted from survey_response r join survey_response_owner o "
                        + "on o.response_id = r.id where o.invitation_id = ?").param(invitationId)
                .query((rs, row) -> new OwnResponse(rs.getBytes(1), rs.getLong(2), rs.getBoolean(3))).optional();
    }

    record OwnResponse(byte[] id, long versionId, boolean submitted) {
    }

    void submit(byte[] responseId, LocalDate day, @Nullable String pairCode) {
        jdbc.sql("update survey_response set submitted = true, submitted_on = ?, pair_code = ? where id = ?")
                .params(day, pairCode, responseId).update();
    }

    void replaceAnswers(byte[] responseId, Map<Long, Answer> answers) {
        jdbc.sql("delete from survey_answer where response_id = ?").param(responseId).update();
        answers.forEach((question, answer) -> jdbc.sql(
                        "insert into survey_answer (response_id, question_id, choice, choices, text) values (?, ?, ?, ?, ?)")
                .params(responseId, question, answer.choice(),
                        answer.choices().isEmpty() ? null : answer.choices().stream().mapToInt(c -> 1 << (c - 1)).sum(),
                        answer.text()).update());
    }

    Map<Long, Answer> answers(byte[] responseId) {
        Map<Long, Answer> answers = new HashMap<>();
        jdbc.sql("select question_id, choice, choices, text from survey_answer where response_id = ?").param(responseId)
                .query((rs, row) -> answers.put(rs.getLong(1), answer(rs))).list();
        return answers;
    }

    /** Every handed-in answer of a version: question id and answer (the response is not said). */
    List<Map.Entry<Long, Answer>> submittedAnswers(long versionId) {
        return jdbc.sql("""
                select a.question_id, a.choice, a.choices, a.text from survey_answer a
                join survey_response r on r.id = a.response_id where r.version_id = ? and r.submitted""")
                .param(versionId).query((rs, row) -> Map.entry(rs.getLong(1), answer(rs))).list();
    }

    /** The Likert steps of these responses, by question position: {response index, position, step}. */
    List<int[]> likertSteps(List<byte[]> responseIds) {
        List<int[]> steps = new java.util.ArrayList<>();
        for (int i = 0; i < responseIds.size(); i++) {
            int index = i;
            jdbc.sql("""
                    select q.position, a.choice from survey_answer a join survey_question q on q.id = a.question_id
                    where a.response_id = ? and q.kind = 'LIKERT' and a.choice is not null""")
                    .param(responseIds.get(i))
                    .query((rs, row) -> steps.add(new int[] {index, rs.getInt(1), rs.getInt(2)})).list();
        }
        return steps;
    }

    static Answer answer(ResultSet rs) throws SQLException {
        Integer mask = rs.getObject(3, Integer.class);
        Set<Integer> choices = new HashSet<>();
        for (int bit = 0; mask != null && bit < 31; bit++) {
            if ((mask & (1 << bit)) != 0) {
                choices.add(bit + 1);
            }
        }
        return new Answer(rs.getObject(2, Integer.class), choices, rs.getString(4));
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        String language = rs.getString(5);
        LocalDateTime expires = rs.getObject(6, LocalDateTime.class);
        return new Invitation(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                language == null ? null : HomeLanguage.valueOf(language), expires == null ? null : Utc.instant(expires));
    }
}
