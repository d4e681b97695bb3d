package jp.manabiba.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.manabiba.people.HomeLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitations and who has answered, in SQL: an account or a household through its link (only the token's hash),
 * and the "answered" mark that is all an anonymous survey keeps of its respondent.
 */
@Component
class InvitationStore {

    private static final String INVITATION = "select id, survey_id, account_id, household_id, language, expires_at "
            + "from survey_invitation";

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
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
                .query(InvitationStore::invitation).optional();
    }

    Optional<Invitation> invitationByToken(byte[] tokenHash) {
        return jdbc.sql(INVITATION + " where token_hash = ?").param(tokenHash).query(InvitationStore::invitation).optional();
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

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        String language = rs.getString(5);
        LocalDateTime expires = rs.getObject(6, LocalDateTime.class);
        return new Invitation(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                language == null ? null : HomeLanguage.valueOf(language), expires == null ? null : Utc.instant(expires));
    }
}
