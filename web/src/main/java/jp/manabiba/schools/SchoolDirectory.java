package jp.manabiba.schools;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features (people first) ask about schools: names to show beside a learner, the schools to choose
 * from, and the school of the signed-in teacher. A school's name is no secret; its teachers and classes are not
 * told here.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SchoolDirectory {

    private final SchoolRepository schools;
    private final TeacherRepository teachers;
    private final SchoolsAccess access;

    SchoolDirectory(SchoolRepository schools, TeacherRepository teachers, SchoolsAccess access) {
        this.schools = schools;
        this.teachers = teachers;
        this.access = access;
    }

    /** The names of these schools in one query; ids of no school are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        return schools.findAllById(schoolIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public boolean exists(long schoolId) {
        return schools.existsById(schoolId);
    }

    @Transactional(readOnly = true)
    public List<SchoolOption> options() {
        return schools.findAllByOrderByName().stream().map(s -> new SchoolOption(s.id(), s.name())).toList();
    }

    /** The school the signed-in teacher teaches at; empty for a teacher account no school lists yet. */
    @RolesAllowed(Roles.TEACHER)
    @Transactional(readOnly = true)
    public Optional<Long> mySchool() {
        return teachers.findByAccountId(access.user().accountId()).map(Teacher::schoolId);
    }
}
