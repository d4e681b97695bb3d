package jp.manabiba.schools;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Account;
import jp.manabiba.security.AccountProvisioning;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools and their teachers, entered by hand (a roster import brings them in too). */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SchoolRecords {

    private final SchoolRepository schools;
    private final TeacherRepository teachers;
    private final AccountProvisioning provisioning;
    private final Clock clock;

    SchoolRecords(SchoolRepository schools, TeacherRepository teachers, AccountProvisioning provisioning, Clock clock) {
        this.schools = schools;
        this.teachers = teachers;
        this.provisioning = provisioning;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SchoolRow> schools() {
        Map<Long, Long> counts = teachers.findAll().stream()
                .collect(Collectors.groupingBy(Teacher::schoolId, Collectors.counting()));
        return schools.findAllByOrderByName().stream()
                .map(s -> new SchoolRow(s.id(), s.name(), s.sourcedId(), counts.getOrDefault(s.id(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public List<TeacherRow> teachers(long schoolId) {
        return teachers.findBySchoolIdOrderByFamilyName(schoolId).stream()
                .map(t -> new TeacherRow(t.fullName(), t.email(), t.accountId() != null)).toList();
    }

    /**
     * A teacher who signs in with their school Google or Microsoft account of this address: the account is made
     * now and used at their first sign-in. Administrators only: a teacher sees the consenting pupils of every
     * organisation at their school, so a coordinator must not be able to make one.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addTeacherWithSchoolAccount(long schoolId, String familyName, String givenName, String username, String email) {
        String family = TextRules.line("familyName", familyName, Teacher.NAME_MAX);
        String given = TextRules.line("givenName", givenName, Teacher.NAME_MAX);
        String address = TextRules.line("email", email, Teacher.EMAIL_MAX);
        long account = provisioning.createTeacherForSchoolAccount(username,
                TextRules.fit(family + " " + given, Account.DISPLAY_NAME_MAX), address);
        addTeacher(schoolId, familyName, givenName, email, account);
    }

    @Transactional
    public long addSchool(String name) {
        return schools.save(new School(TextRules.line("name", name, School.NAME_MAX), null, clock.instant())).id();
    }

    /** A teacher of a school; with an account, they see that school's consenting pupils. Administrators only. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addTeacher(long schoolId, String familyName, String givenName, @Nullable String email,
                           @Nullable Long accountId) {
        String family = TextRules.line("familyName", familyName, Teacher.NAME_MAX);
        String given = TextRules.line("givenName", givenName, Teacher.NAME_MAX);
        String address = TextRules.optionalLine("email", email, Teacher.EMAIL_MAX);
        schools.findById(schoolId).orElseThrow(() -> new IllegalArgumentException("No school " + schoolId));
        Teacher teacher = new Teacher(schoolId, family, given, address, null);
        if (accountId != null) {
            teacher.linkAccount(accountId);
        }
        teachers.save(teacher);
    }
}
