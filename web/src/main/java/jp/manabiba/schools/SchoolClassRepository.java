package jp.manabiba.schools;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    Optional<SchoolClass> findBySourcedId(String sourcedId);
}
