package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.AccountProvisioning;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import jp.manabiba.security.SignInCard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supporters (tutors and volunteers) of a coordinator's organisations. */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SupporterRecords {

    private final SupporterRepository supporters;
    private final TutoringMatchRepository matches;
    private final OrganisationRepository organisations;
    private final LearnerRepository learners;
    private final HouseholdRepository households;
    private final AccountProvisioning provisioning;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final Clock clock;

    SupporterRecords(SupporterRepository supporters, TutoringMatchRepository matches, OrganisationRepository organisations,
                     LearnerRepository learners, HouseholdRepository households, AccountProvisioning provisioning,
                     PeopleAccess access, AuditLog audit, Clock clock) {
        this.supporters = supporters;
        this.learners = learners;
        this.households = households;
        this.matches = matches;
        this.organisations = organisations;
        this.provisioning = provisioning;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A few dozen per organisation: read whole, with the active matches counted in one query. */
    @Transactional(readOnly = true)
    public List<SupporterRow> list() {
        List<Long> managed = access.managedOrganisations();
        Map<Long, String> names = organisations.findAllById(managed).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<Supporter> found = supporters.findByOrganisationIdInOrderByFamilyNameAscGivenNameAsc(managed);
        Map<Long, Long> active = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            matches.activePerSupporter(found.stream().map(Supporter::id).toList(), LocalDate.now(clock))
                    .forEach(row -> active.put((Long) row[0], (Long) row[1]));
        }
        return found.stream()
                .map(s -> new SupporterRow(s.id(), s.fullName(), s.details().category(), s.details().affiliation(),
                        names.getOrDefault(s.organisationId(), ""), s.accountId() != null, active.getOrDefault(s.id(), 0L)))
                .toList();
    }

    @Transactional
    public long create(long organisationId, SupporterDetails details) {
        access.requireManages(organisationId);
        long id = supporters.save(new Supporter(organisationId, check(details), clock.instant())).id();
        audit.record(AuditAction.CHANGE, "supporter", id, "supporter-form");
        return id;
    }

    @Transactional
    public void change(long supporterId, SupporterDetails details) {
        SupporterDetails checked = check(details);
        managed(supporterId).change(checked);
        audit.record(AuditAction.CHANGE, "supporter", supporterId, "supporter-form");
    }

    /**
     * Changes the supporter and, in the same transaction, which learner of the organisation they once were (none:
     * null): a learner of the same organisation only, and one supporter per learner, each refused at the field.
     */
    @Transactional
    public void change(long supporterId, SupporterDetails details, @Nullable Long formerLearnerId) {
        change(supporterId, details);
        Supporter supporter = managed(supporterId);
        if (!Objects.equals(supporter.formerLearnerId(), formerLearnerId)) {
            supporter.linkFormerLearner(checkFormerLearner(supporter, formerLearnerId));
            audit.record(AuditAction.CHANGE, "supporter", supporterId, "supporter-former-learner");
        }
    }

    /** The learner the supporter once was, if a coordinator linked one. */
    @Transactional(readOnly = true)
    public Optional<Long> formerLearner(long supporterId) {
        return Optional.ofNullable(managed(supporterId).formerLearnerId());
    }

    /** The supporter's organisation's learners, past ones too, to choose the one the supporter once was. */
    @Transactional(readOnly = true)
    public List<FormerLearnerOption> formerLearnerChoices(long supporterId) {
        return learners.namesInOrganisation(managed(supporterId).organisationId()).stream()
                .map(r -> new FormerLearnerOption((Long) r[0], r[1] + " " + r[2], r[3] != null)).toList();
    }

    private @Nullable Long checkFormerLearner(Supporter supporter, @Nullable Long learnerId) {
        if (learnerId == null) {
            return null;
        }
        boolean ofOrganisation = learners.findById(learnerId).flatMap(l -> households.findById(l.householdId()))
                .filter(h -> h.removedAt() == null && h.organisationId() == supporter.organisationId()).isPresent();
        if (!ofOrganisation) {
            throw new InvalidInput("formerLearner", "supporter.error.former-learner-organisation");
        }
        if (supporters.findByFormerLearnerId(learnerId).filter(other -> other.id() != supporter.id()).isPresent()) {
            throw new InvalidInput("formerLearner", "supporter.error.former-learner-taken");
        }
        return learnerId;
    }

    @Transactional(readOnly = true)
    public SupporterDetails details(long supporterId) {
        return managed(supporterId).details();
    }

    /** A local account for the supporter, as a card to hand over; tutors and volunteers get their own role. */
    @Transactional
    public SignInCard createLocalAccount(long supporterId, String username) {
        Supporter supporter = managed(supporterId);
        if (supporter.accountId() != null) {
            throw new InvalidInput("username", "account.error.already-has-account");
        }
        SignInCard card = provisioning.createLocal(username, LearnerRecords.displayName(supporter.fullName()),
                roleOf(supporter));
        supporter.linkAccount(card.accountId());
        return card;
    }

    static Role roleOf(Supporter supporter) {
        return supporter.details().category() == SupporterCategory.UNIVERSITY_STUDENT ? Role.TUTOR : Role.VOLUNTEER;
    }

    Supporter managed(long supporterId) {
        return supporters.findById(supporterId)
                .filter(s -> access.managedOrganisations().contains(s.organisationId()))
                .orElseThrow(PeopleAccess::refused);
    }

    private static SupporterDetails check(SupporterDetails details) {
        return new SupporterDetails(details.category(),
                TextRules.line("familyName", details.familyName(), Supporter.NAME_MAX),
                TextRules.line("givenName", details.givenName(), Supporter.NAME_MAX),
                TextRules.optionalLine("affiliation", details.affiliation(), Supporter.AFFILIATION_MAX),
                TextRules.optionalLine("faculty", details.faculty(), Supporter.AFFILIATION_MAX),
                HouseholdValidation.email("email", details.email()),
                HouseholdValidation.phone("phone", details.phone()));
    }
}
