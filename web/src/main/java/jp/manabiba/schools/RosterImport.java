package jp.manabiba.schools;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.schools.Grade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.schools.roster.RosterClass;
import jp.manabiba.schools.roster.RosterOrg;
import jp.manabiba.schools.roster.RosterPackage;
import jp.manabiba.schools.roster.RosterUser;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school roster (OneRoster 1.2 CSV, Japan Profile): schools, classes and teachers come in; pupils are
 * linked only to learners already enrolled, by their roster id or, once the coordinator confirms, by name,
 * reading and grade (the people feature links them, through {@link PupilLinking}). The preview runs exactly what
 * applying runs, in a transaction that is rolled back; applying is one transaction, and importing the same roster
 * again changes nothing.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class RosterImport {

    /** A package whose enrollments.csv holds no rows: it enrols nobody in any class. */
    public static final String NO_ENROLLMENTS = "roster.warning.no-enrollments";
    /** A value longer than the column that keeps it: the row is refused, never a database error. */
    public static final String TOO_LONG = "roster.problem.too-long";
    /** A reading in half-width kana, read as full-width (NFKC) as every form of Manabiba does. */
    public static final String KANA_NORMALISED = "roster.warning.kana-normalised";

    private final SchoolRepository schools;
    private final SchoolClassRepository classes;
    private final TeacherRepository teachers;
    private final PupilLinking pupils;
    private final SchoolsAccess access;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RosterImport(SchoolRepository schools, SchoolClassRepository classes, TeacherRepository teachers,
                 PupilLinking pupils, SchoolsAccess access, AuditLog audit, TransactionTemplate transactions,
                 Clock clock) {
        this.schools = schools;
        this.classes = classes;
        this.teachers = teachers;
        this.pupils = pupils;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public RosterPreview preview(RosterPackage roster) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return run(roster, Map.of());
        });
    }

    /**
     * Applies the roster with the proposed matches the coordinator confirmed (pupil sourcedId to learner id).
     * A roster with problems is refused whole. So is one with a refused row (a value too long for its column, a
     * teacher only an administrator may change): the screen promises that nothing changes until every row can be
     * imported, and the rows may have changed since the preview. Then nothing is written and the answer is not
     * {@link RosterPreview#applicable()}, with the refused rows.
     */
    public RosterPreview apply(RosterPackage roster, Map<String, Long> confirmedMatches) {
        if (!roster.valid()) {
            throw new IllegalArgumentException("A roster with problems is not applied");
        }
        return transactions.execute(status -> {
            RosterPreview outcome = run(roster, confirmedMatches);
            if (!outcome.applicable()) {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }

    private RosterPreview run(RosterPackage roster, Map<String, Long> confirmed) {
        access.requireRosterImport();
        List<RosterPreviewRow> rows = new ArrayList<>();
        roster.problems().forEach(problem -> rows.add(new RosterPreviewRow(problem.file(), problem.line(), "problem", "",
                "", RosterOutcome.REJECTED, problem.messageKey(), problem.args(), null)));
        if (!roster.valid()) {
            return new RosterPreview(roster.dialect().messageKey(), rows);
        }
        for (RosterOrg org : roster.orgs()) {
            if (org.school() && !org.toBeDeleted()) {
                rows.add(school(org));
            }
        }
        int year = FiscalYear.of(LocalDate.now(clock)).year();
        for (RosterClass rosterClass : roster.classes()) {
            if (!rosterClass.toBeDeleted()) {
                rows.add(schoolClass(rosterClass, roster, year));
            }
        }
        for (RosterUser teacher : roster.teachers()) {
            if (!teacher.toBeDeleted()) {
                schoolOf(teacher, roster).ifPresent(school -> rows.add(teacher(teacher, school)));
            }
        }
        PupilLinker linker = pupils.linker();
        for (RosterUser pupil : roster.pupils()) {
            rows.add(linker.link(pupil, schoolOf(pupil, roster).orElse(null), homeClassTitle(pupil, roster), confirmed));
        }
        audit.record(AuditAction.CHANGE, "roster", 0, "roster-import");
        List<String> warnings = roster.enrollments().isEmpty() ? List.of(NO_ENROLLMENTS) : List.of();
        return new RosterPreview(roster.dialect().messageKey(), rows, warnings);
    }

    private RosterPreviewRow school(RosterOrg org) {
        if (longer(org.name(), School.NAME_MAX)) {
            return rejected("orgs.csv", org.line(), "school", org.sourcedId(), org.name(), TOO_LONG, "name", School.NAME_MAX);
        }
        Optional<School> existing = schools.findBySourcedId(org.sourcedId());
        RosterOutcome outcome;
        if (existing.isEmpty()) {
            schools.save(new School(org.name(), org.sourcedId(), clock.instant()));
            outcome = RosterOutcome.CREATE;
        } else if (!existing.get().name().equals(org.name())) {
            existing.get().rename(org.name());
            outcome = RosterOutcome.UPDATE;
        } else {
            outcome = RosterOutcome.UNCHANGED;
        }
        return row("orgs.csv", org.line(), "school", org.sourcedId(), org.name(), outcome);
    }

    private RosterPreviewRow schoolClass(RosterClass rosterClass, RosterPackage roster, int currentYear) {
        if (longer(rosterClass.title(), SchoolClass.NAME_MAX)) {
            return rejected("classes.csv", rosterClass.line(), "class", rosterClass.sourcedId(), rosterClass.title(),
                    TOO_LONG, "title", SchoolClass.NAME_MAX);
        }
        Optional<Long> school = schools.findBySourcedId(rosterClass.schoolSourcedId()).map(School::id);
        if (school.isEmpty()) {
            return rejected("classes.csv", rosterClass.line(), "class", rosterClass.sourcedId(), rosterClass.title(),
                    "roster.problem.school-refused", rosterClass.schoolSourcedId());
        }
        long schoolId = school.get();
        int year = rosterClass.termSourcedIds().stream().map(roster::academicSession).flatMap(Optional::stream)
                .map(session -> session.schoolYear()).filter(java.util.Objects::nonNull).findFirst().orElse(currentYear);
        Grade grade = rosterClass.grades().stream().map(Grade::ofCode).flatMap(Optional::stream).findFirst().orElse(null);
        Optional<SchoolClass> existing = classes.findBySourcedId(rosterClass.sourcedId());
        RosterOutcome outcome;
        if (existing.isEmpty()) {
            classes.save(new SchoolClass(schoolId, rosterClass.title(), year, grade, rosterClass.sourcedId()));
            outcome = RosterOutcome.CREATE;
        } else {
            outcome = existing.get().update(schoolId, rosterClass.title(), year, grade) ? RosterOutcome.UPDATE : RosterOutcome.UNCHANGED;
        }
        return row("classes.csv", rosterClass.line(), "class", rosterClass.sourcedId(), rosterClass.title(), outcome);
    }

    private RosterPreviewRow teacher(RosterUser user, long schoolId) {
        RosterPreviewRow row = teacherRow(user, schoolId);
        return halfWidthKana(user) && row.messageKey() == null ? warned(row, KANA_NORMALISED) : row;
    }

    private RosterPreviewRow teacherRow(RosterUser user, long schoolId) {
        String name = user.familyName() + " " + user.givenName();
        if (longer(user.familyName(), Teacher.NAME_MAX)) {
            return rejected("users.csv", user.line(), "teacher", user.sourcedId(), name, TOO_LONG, "familyName", Teacher.NAME_MAX);
        }
        if (longer(user.givenName(), Teacher.NAME_MAX)) {
            return rejected("users.csv", user.line(), "teacher", user.sourcedId(), name, TOO_LONG, "givenName", Teacher.NAME_MAX);
        }
        if (longer(user.email(), Teacher.EMAIL_MAX)) {
            return rejected("users.csv", user.line(), "teacher", user.sourcedId(), name, TOO_LONG, "email", Teacher.EMAIL_MAX);
        }
        Optional<Teacher> existing = teachers.findBySourcedId(user.sourcedId());
        RosterOutcome outcome;
        if (existing.isEmpty()) {
            teachers.save(new Teacher(schoolId, user.familyName(), user.givenName(), user.email(), user.sourcedId()));
            outcome = RosterOutcome.CREATE;
        } else if (existing.get().accountId() != null && !access.mayChangeTeacherWithAccount()) {
            // a teacher who signs in sees their school's pupils: only an administrator moves or changes them
            return new RosterPreviewRow("users.csv", user.line(), "teacher", user.sourcedId(),
                    user.familyName() + " " + user.givenName(), RosterOutcome.REJECTED, "roster.error.teacher-has-account",
                    List.of(), null);
        } else {
            outcome = existing.get().update(schoolId, user.familyName(), user.givenName(), user.email())
                    ? RosterOutcome.UPDATE : RosterOutcome.UNCHANGED;
        }
        return row("users.csv", user.line(), "teacher", user.sourcedId(), user.familyName() + " " + user.givenName(), outcome);
    }

    /** The title of the pupil's home class (「5年2組」), not its sourcedId; null when the package does not hold it. */
    private static @Nullable String homeClassTitle(RosterUser pupil, RosterPackage roster) {
        return pupil.homeClass() == null ? null
                : roster.schoolClass(pupil.homeClass()).map(RosterClass::title).orElse(null);
    }

    /** The school of a roster user: their primary organisation if it is a school, else their first school. */
    private Optional<Long> schoolOf(RosterUser user, RosterPackage roster) {
        List<String> candidates = new ArrayList<>();
        if (user.primaryOrgSourcedId() != null) {
            candidates.add(user.primaryOrgSourcedId());
        }
        candidates.addAll(user.orgSourcedIds());
        return candidates.stream().map(roster::org).flatMap(Optional::stream).filter(RosterOrg::school).findFirst()
                .flatMap(org -> schools.findBySourcedId(org.sourcedId())).map(School::id);
    }

    public static boolean longer(@Nullable String value, int max) {
        return value != null && TextRules.length(value) > max;
    }

    public static RosterPreviewRow rejected(String file, int line, String kind, String sourcedId, String label, String key,
                                     Object... args) {
        return new RosterPreviewRow(file, line, kind, sourcedId, label, RosterOutcome.REJECTED, key,
                java.util.Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    public static RosterPreviewRow row(String file, int line, String kind, String sourcedId, String label, RosterOutcome outcome) {
        return new RosterPreviewRow(file, line, kind, sourcedId, label, outcome, null, List.of(), null);
    }

    /** True when a reading of the user is written in half-width kana (or anything else NFKC changes). */
    public static boolean halfWidthKana(RosterUser user) {
        return changedByNfkc(user.kanaFamilyName()) || changedByNfkc(user.kanaGivenName())
                || changedByNfkc(user.kanaMiddleName());
    }

    private static boolean changedByNfkc(@Nullable String value) {
        return !java.util.Objects.equals(value, TextRules.nfkc(value));
    }

    /** The row with a warning that does not stop it. */
    public static RosterPreviewRow warned(RosterPreviewRow row, String key) {
        return new RosterPreviewRow(row.file(), row.line(), row.kind(), row.sourcedId(), row.label(), row.outcome(), key,
                List.of(), row.learnerId());
    }
}
