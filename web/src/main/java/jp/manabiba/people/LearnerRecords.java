package jp.manabiba.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.schools.SchoolDirectory;
import jp.manabiba.schools.SchoolOption;
import jp.manabiba.security.Account;
import jp.manabiba.security.AccountProvisioning;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import jp.manabiba.security.SignInCard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learners of a coordinator's households: enrolling, editing, their accounts and their schools. */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class LearnerRecords {

    private final LearnerRepository learners;
    private final HouseholdRepository households;
    private final SchoolDirectory schools;
    private final SupporterRepository supporters;
    private final TutoringMatchRepository matches;
    private final SharedNoteRepository notes;
    private final AccountProvisioning provisioning;
    private final LearnerRows learnerRows;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LearnerRecords(LearnerRepository learners, HouseholdRepository households, SchoolDirectory schools,
                   SupporterRepository supporters, TutoringMatchRepository matches, SharedNoteRepository notes,
                   AccountProvisioning provisioning, LearnerRows learnerRows, PeopleAccess access, AuditLog audit,
                   Clock clock) {
        this.notes = notes;
        this.learnerRows = learnerRows;
        this.learners = learners;
        this.households = households;
        this.schools = schools;
        this.supporters = supporters;
        this.matches = matches;
        this.provisioning = provisioning;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long add(long householdId, LearnerDetails details) {
        managedHousehold(householdId);
        long id = learners.save(new Learner(householdId, check(details), clock.instant())).id();
        audit.record(AuditAction.CHANGE, "learner", id, "learner-form");
        return id;
    }

    @Transactional
    public void change(long learnerId, LearnerDetails details) {
        LearnerDetails checked = check(details);
        managed(learnerId).change(checked);
        audit.record(AuditAction.CHANGE, "learner", learnerId, "learner-form");
    }

    /** Opens the learner's page (with the notes shared about them); every open is in the audit log. */
    @Transactional
    public LearnerPage open(long learnerId) {
        Learner learner = managed(learnerId);
        audit.record(AuditAction.READ, "learner", learnerId, "learner-page");
        Household household = households.findById(learner.householdId()).orElseThrow();
        List<TutoringMatch> found = matches.findByLearnerIdOrderByStartsOnDesc(learnerId);
        Map<Long, String> names = supporters.findAllById(found.stream().map(TutoringMatch::supporterId).toList())
                .stream().collect(Collectors.toMap(Supporter::id, Supporter::fullName));
        List<LearnerPage.MatchRow> rows = found.stream().map(m -> new LearnerPage.MatchRow(m.id(), m.supporterId(),
                names.getOrDefault(m.supporterId(), ""), m.startsOn(), m.endsOn())).toList();
        String school = learner.schoolId() == null ? null
                : schools.names(List.of(learner.schoolId())).get(learner.schoolId());
        List<String> shared = notes.findByLearnerIdInOrderBySharedAtDesc(List.of(learnerId)).stream()
                .map(SharedNote::text).toList();
        return new LearnerPage(learner.id(), household.id(), household.familyName(), learner.details(), school,
                provisioning.usernameOf(learner.accountId()), rows, shared);
    }

    /** Shares a note about the learner with the tutors and volunteers matched with them. */
    @Transactional
    public void shareNote(long learnerId, String text) {
        String note = TextRules.text("note", text, SharedNote.TEXT_MAX);
        managed(learnerId);
        notes.save(new SharedNote(learnerId, note, access.user().recordingAccountId(), clock.instant()));
        audit.record(AuditAction.CHANGE, "learner", learnerId, "shared-note");
    }

    /** A local account and its printable sign-in card, for a child without a school account. */
    @Transactional
    public SignInCard createLocalAccount(long learnerId, String username) {
        Learner learner = withoutAccount(learnerId);
        SignInCard card = provisioning.createLocal(username, displayName(learner.fullName()), Role.LEARNER);
        learner.linkAccount(card.accountId());
        return card;
    }

    /** An account that signs in with the child's school Google or Microsoft account of this address. */
    @Transactional
    public void linkSchoolAccount(long learnerId, String username, String email) {
        Learner learner = withoutAccount(learnerId);
        String address = TextRules.line("email", email, Account.EMAIL_MAX);
        learner.linkAccount(provisioning.createForSchoolAccount(username, displayName(learner.fullName()), Role.LEARNER,
                address));
    }

    /** The learners of the coordinator's organisations, to enrol in sessions. */
    @Transactional(readOnly = true)
    public List<LearnerRow> enrolable() {
        return learnerRows.of(learners.findByOrganisations(access.managedOrganisations()));
    }

    /** The learners of one organisation the caller coordinates (none of another): the children its work may get. */
    @Transactional(readOnly = true)
    public List<LearnerRow> enrolableIn(long organisationId) {
        return access.managedOrganisations().contains(organisationId)
                ? learnerRows.of(learners.findByOrganisations(List.of(organisationId))) : List.of();
    }

    @Transactional(readOnly = true)
    public List<SchoolOption> schools() {
        return schools.options();
    }

    private Learner withoutAccount(long learnerId) {
        Learner learner = managed(learnerId);
        if (learner.accountId() != null) {
            throw new InvalidInput("username", "account.error.already-has-account");
        }
        return learner;
    }

    private LearnerDetails check(LearnerDetails details) {
        String familyName = TextRules.line("familyName", details.familyName(), Learner.NAME_MAX);
        String givenName = TextRules.line("givenName", details.givenName(), Learner.NAME_MAX);
        String familyKana = TextRules.kana("familyNameKana", details.familyNameKana(), Learner.KANA_MAX);
        String givenKana = TextRules.kana("givenNameKana", details.givenNameKana(), Learner.KANA_MAX);
        Kana.require("familyNameKana", familyKana);
        Kana.require("givenNameKana", givenKana);
        String homeClass = TextRules.optionalLine("homeClass", details.homeClass(), Learner.HOME_CLASS_MAX);
        if (details.schoolId() != null && !schools.exists(details.schoolId())) {
            throw new InvalidInput("schoolId", "validation.required");
        }
        return new LearnerDetails(familyName, givenName, familyKana, givenKana, details.schoolId(), details.grade(),
                homeClass, details.furigana());
    }

    /** An account's display name is made from the person's name, which may be longer than the account holds. */
    static String displayName(String fullName) {
        return TextRules.fit(fullName, Account.DISPLAY_NAME_MAX);
    }

    Learner managed(long learnerId) {
        Learner learner = learners.findById(learnerId).orElseThrow(PeopleAccess::refused);
        managedHousehold(learner.householdId());
        return learner;
    }

    private Household managedHousehold(long householdId) {
        return households.findById(householdId)
                .filter(h -> h.removedAt() == null && access.managedOrganisations().contains(h.organisationId()))
                .orElseThrow(PeopleAccess::refused);
    }
}
