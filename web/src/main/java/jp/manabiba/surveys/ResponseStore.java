package jp.manabiba.surveys;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * Responses and their answers, in SQL. A response's id is 16 random bytes, so the table's order
 * says nothing of who came first; an anonymous response is written with nothing that points to its invitation.
 */
@Component
class ResponseStore {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Handed-in responses per version id of a survey. */
    Map<Long, Integer> submittedPerVersion(long surveyId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select version_id, count(*) from survey_response where survey_id = ? and submitted group by version_id")
                .param(surveyId).query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    /**
     * The Likert steps of these responses, keyed by the question's Japanese text (so that a question asked
     * differently in another version or survey is never compared with it): {response index, step}.
     */
    List<Map.Entry<String, int[]>> likertSteps(List<byte[]> responseIds) {
        List<Map.Entry<String, int[]>> steps = new java.util.ArrayList<>();
        for (int i = 0; i < responseIds.size(); i++) {
            int index = i;
            jdbc.sql("""
                    select t.text, a.choice from survey_answer a join survey_question q on q.id = a.question_id
                    join survey_text t on t.question_id = q.id and t.item = 0 and t.language = 'JA'
                    where a.response_id = ? and q.kind = 'LIKERT' and a.choice is not null""")
                    .param(responseIds.get(i))
                    .query((rs, row) -> steps.add(Map.entry(rs.getString(1), new int[] {index, rs.getInt(2)}))).list();
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

}
