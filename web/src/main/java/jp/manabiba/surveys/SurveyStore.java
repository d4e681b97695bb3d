package jp.manabiba.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.manabiba.people.HomeLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Surveys, their versions and questions, in SQL (the services check who asks). */
@Component
class SurveyStore {

    private static final String HEADER = "select id, organisation_id, title, audience, anonymous, pair_role, "
            + "paired_with_id, opens_on, closes_on, published_at, version from survey";

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, SurveyDraft draft, String title, long createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey (organisation_id, title, audience, anonymous, pair_role, paired_with_id, created_by,
                  created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, title, draft.audience().name(), draft.anonymous(), name(draft.pairRole()),
                        draft.pairedWithId(), createdBy, Utc.of(now)).update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Changes the settings if the row is still at {@code version}; false when someone changed it meanwhile. */
    boolean updateSettings(long id, long version, SurveyDraft draft, String title) {
        return jdbc.sql("""
                update survey set title = ?, audience = ?, anonymous = ?, pair_role = ?, paired_with_id = ?,
                  version = version + 1 where id = ? and version = ?""")
                .params(title, draft.audience().name(), draft.anonymous(), name(draft.pairRole()), draft.pairedWithId(),
                        id, version).update() == 1;
    }

    void publish(long id, LocalDate opensOn, LocalDate closesOn, Instant now) {
        jdbc.sql("update survey set opens_on = ?, closes_on = ?, published_at = coalesce(published_at, ?), "
                        + "version = version + 1 where id = ?")
                .params(opensOn, closesOn, Utc.of(now), id).update();
    }

    Optional<SurveyHeader> header(long id) {
        return jdbc.sql(HEADER + " where id = ?").param(id).query(SurveyStore::header).optional();
    }

    List<SurveyHeader> headers(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HEADER + " where organisation_id in (:orgs) order by created_at desc, id desc")
                .param("orgs", List.copyOf(organisationIds)).query(SurveyStore::header).list();
    }

    /**
     * Published surveys of accounts (not guardians) that have not closed by {@code today}, of these organisations
     * (all when {@code organisationIds} is null): the ones whose audience may still grow.
     */
    List<SurveyHeader> askingAccounts(LocalDate today, @Nullable Collection<Long> organisationIds) {
        if (organisationIds != null && organisationIds.isEmpty()) {
            return List.of();
        }
        String where = " where published_at is not null and closes_on >= :today and audience <> 'GUARDIAN'";
        var query = organisationIds == null ? jdbc.sql(HEADER + where + " order by id")
                : jdbc.sql(HEADER + where + " and organisation_id in (:orgs) order by id")
                        .param("orgs", List.copyOf(organisationIds));
        return query.param("today", today).query(SurveyStore::header).list();
    }

    List<SurveyHeader> headersById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HEADER + " where id in (:ids) order by closes_on, id").param("ids", List.copyOf(ids))
                .query(SurveyStore::header).list();
    }

    /** The newest version: {id, number}. Every survey has one from its creation. */
    long[] currentVersion(long surveyId) {
        return jdbc.sql("select id, number from survey_version where survey_id = ? order by number desc limit 1")
                .param(surveyId).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Every version, oldest first: {id, number}. */
    List<long[]> versions(long surveyId) {
        return jdbc.sql("select id, number from survey_version where survey_id = ? order by number")
                .param(surveyId).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    long newVersion(long surveyId, int number, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_version (survey_id, number, created_at) values (?, ?, ?)")
                .params(surveyId, number, Utc.of(now)).update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean hasResponses(long versionId) {
        return jdbc.sql("select count(*) from survey_response where version_id = ?").param(versionId)
                .query(Integer.class).single() > 0;
    }

    void replaceQuestions(long versionId, List<QuestionDraft> questions) {
        jdbc.sql("delete from survey_question where version_id = ?").param(versionId).update();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into survey_question (version_id, position, kind, required) values (?, ?, ?, ?)")
                    .params(versionId, i + 1, q.kind().name(), q.required()).update(keys);
            long questionId = keys.getKeyAs(Number.class).longValue();
            q.texts().forEach((language, text) -> text(questionId, 0, language, text));
            q.options().forEach((language, labels) -> {
                for (int item = 0; item < labels.size(); item++) {
                    text(questionId, item + 1, language, labels.get(item));
                }
            });
        }
    }

    List<Question> questions(long versionId) {
        Map<Long, Question> byId = new LinkedHashMap<>();
        jdbc.sql("select id, position, kind, required from survey_question where version_id = ? order by position")
                .param(versionId).query((rs, row) -> byId.put(rs.getLong(1), new Question(rs.getLong(1), rs.getInt(2),
                        QuestionKind.valueOf(rs.getString(3)), rs.getBoolean(4), new EnumMap<>(HomeLanguage.class),
                        new EnumMap<>(HomeLanguage.class)))).list();
        if (byId.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select question_id, item, language, text from survey_text where question_id in (:ids) "
                        + "order by question_id, language, item")
                .param("ids", List.copyOf(byId.keySet())).query((rs, row) -> {
                    Question q = byId.get(rs.getLong(1));
                    HomeLanguage language = HomeLanguage.valueOf(rs.getString(3));
                    if (rs.getInt(2) == 0) {
                        q.texts().put(language, rs.getString(4));
                    } else {
                        q.options().computeIfAbsent(language, l -> new ArrayList<>()).add(rs.getString(4));
                    }
                    return q;
                }).list();
        return List.copyOf(byId.values());
    }

    /** Organisations' names: public knowledge, like the organisations themselves. */
    List<SurveyChoice> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name from organisation where id in (:ids) order by name").param("ids", List.copyOf(ids))
                .query((rs, row) -> new SurveyChoice(rs.getLong(1), rs.getString(2))).list();
    }

    private void text(long questionId, int item, HomeLanguage language, String text) {
        jdbc.sql("insert into survey_text (question_id, item, language, text) values (?, ?, ?, ?)")
                .params(questionId, item, language.name(), text).update();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static SurveyHeader header(ResultSet rs, int row) throws SQLException {
        String pair = rs.getString(6);
        java.time.LocalDateTime published = rs.getObject(10, java.time.LocalDateTime.class);
        return new SurveyHeader(rs.getLong(1), rs.getLong(2), rs.getString(3), Audience.valueOf(rs.getString(4)),
                rs.getBoolean(5), pair == null ? null : PairRole.valueOf(pair), rs.getObject(7, Long.class),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                published == null ? null : Utc.instant(published), rs.getLong(11));
    }
}
