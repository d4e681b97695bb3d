package jp.manabiba.people;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
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
    private final Clock clock;

    SchoolRecords(SchoolRepository schools, TeacherRepository teachers, Clock clock) {
        this.schools = schools;
        this.teachers = teachers;
        this.clock = clock;
    }

    @Transactional
    public long addSchool(String name) {
        HouseholdValidation.required("name", name, School.NAME_MAX);
        return schools.save(new School(name.strip(), null, clock.instant())).id();
    }

    /** A teacher of a school; with an account, they see that school's consenting pupils. */
    @Transactional
    public void addTeacher(long schoolId, String familyName, String givenName, @Nullable String email,
                           @Nullable Long accountId) {
        HouseholdValidation.required("familyName", familyName, 50);
        HouseholdValidation.required("givenName", givenName, 50);
        schools.findById(schoolId).orElseThrow(() -> new IllegalArgumentException("No school " + schoolId));
        Teacher teacher = new Teacher(schoolId, familyName.strip(), givenName.strip(), email, null);
        if (accountId != null) {
            teacher.linkAccount(accountId);
        }
        teachers.save(teacher);
    }
}
