package jp.manabiba.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedNoteRepository extends JpaRepository<SharedNote, Long> {

    List<SharedNote> findByLearnerIdInOrderBySharedAtDesc(Collection<Long> learnerIds);
}
