package jp.manabiba.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {

    Optional<School> findBySourcedId(String sourcedId);

    List<School> findAllByOrderByName();
}
