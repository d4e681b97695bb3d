package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an audience of an organisation, for a later feature that asks them something (surveys): the
 * accounts of its children, of its supporters, of the teachers of the schools its children attend, and its
 * households with their home language. Only for an organisation the caller manages; ids only, no names or
 * circumstances. Households that are removed or whose support has ended are left out.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AudienceMembers {

    /** A household asked through a link (guardians have no accounts), in its home language. */
    public record HouseholdMember(long householdId, String familyName, HomeLanguage language) {
    }

    private static final String ACTIVE_HOUSEHOLD = """
            h.organisation_id = :org and h.removed_at is null
            and (h.support_ended is null or h.support_ended >= :today)""";

    private final PeopleAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    AudienceMembers(PeopleAccess access, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Long> learnerAccounts(long organisationId) {
        access.requireManages(organisationId);
        return jdbc.sql("select l.account_id from learner l join household h on h.id = l.household_id where "
                        + ACTIVE_HOUSEHOLD + " and l.account_id is not null")
                .param("org", organisationId).param("today", today()).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public List<Long> supporterAccounts(long organisationId) {
        access.requireManages(organisationId);
        return jdbc.sql("select account_id from supporter where organisation_id = :org and account_id is not null")
                .param("org", organisationId).query(Long.class).list();
    }

    /** Teachers with an account at a school that a child of the organisation attends. */
    @Transactional(readOnly = true)
    public List<Long> teacherAccounts(long organisationId) {
        access.requireManages(organisationId);
        return jdbc.sql("select distinct t.account_id from teacher t where t.account_id is not null and t.school_id in "
                        + "(select l.school_id from learner l join household h on h.id = l.household_id where "
                        + ACTIVE_HOUSEHOLD + ")")
                .param("org", organisationId).param("today", today()).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public List<HouseholdMember> households(long organisationId) {
        access.requireManages(organisationId);
        return jdbc.sql("select h.id, h.family_name, h.preferred_language from household h where " + ACTIVE_HOUSEHOLD
                        + " order by h.family_name_kana, h.id")
                .param("org", organisationId).param("today", today())
                .query((rs, row) -> new HouseholdMember(rs.getLong(1), rs.getString(2), language(rs.getString(3)))).list();
    }

    /**
     * The organisations, of those the caller manages, in one of whose audiences this account is: as a child of an
     * active household, as a supporter, or as a teacher of a school that one of its children attends. For asking
     * someone who has just been given an account (surveys invite the people who join an audience after publication).
     */
    @Transactional(readOnly = true)
    public List<Long> organisationsOf(long accountId) {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        String active = ACTIVE_HOUSEHOLD.replace("h.organisation_id = :org and ", "");
        return jdbc.sql("select h.organisation_id from learner l join household h on h.id = l.household_id "
                        + "where l.account_id = :account and " + active
                        + " union select s.organisation_id from supporter s where s.account_id = :account"
                        + " union select h.organisation_id from teacher t join learner l on l.school_id = t.school_id"
                        + " join household h on h.id = l.household_id where t.account_id = :account and " + active)
                .param("account", accountId).param("today", today()).query(Long.class).list().stream()
                .filter(managed::contains).toList();
    }

    /**
     * True when the caller is a coordinator of this very organisation (an administrator who manages every
     * organisation is not, unless named its coordinator): who may read what respondents wrote in their own words.
     */
    @Transactional(readOnly = true)
    public boolean coordinates(long organisationId) {
        return access.user().hasRole(jp.manabiba.security.Role.COORDINATOR) && jdbc.sql(
                        "select count(*) from organisation_coordinator where organisation_id = ? and account_id = ?")
                .param(organisationId).param(access.user().accountId()).query(Integer.class).single() > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
    }

    private static HomeLanguage language(String stored) {
        try {
            return HomeLanguage.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            return HomeLanguage.JA;
        }
    }
}
