package jp.manabiba.schools;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeacherRepository extends JpaRepository<Teacher, Long> {

    Optional<Teacher> findByAccountId(long accountId);

    Optional<Teacher> findBySourcedId(String sourcedId);

    java.util.List<Teacher> findBySchoolIdOrderByFamilyName(long schoolId);
}
