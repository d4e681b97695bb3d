package jp.manabiba.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    /**
     * The workshop with its row locked until the transaction ends (SELECT ... FOR UPDATE): every change of its seats
     * (sign-up, cancellation, capacity, attendance) takes this first, so they happen one after the other. Those
     * transactions run READ COMMITTED: under MariaDB's default REPEATABLE READ, the seats counted after the lock
     * would come from the snapshot of the transaction's first read (before the lock), and two people could both
     * count the last seat as free.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workshop w where w.id = :id")
    Optional<Workshop> lockById(long id);

    @Query("select w from Workshop w where w.organisationId in :organisations and w.endsAt > :from order by w.startsAt, w.id")
    List<Workshop> ofOrganisationsFrom(Collection<Long> organisations, Instant from);

    /** An organisation's workshops that have not started, cancelled ones too (their sign-ups are told). */
    @Query("select w from Workshop w where w.organisationId = :organisation and w.startsAt > :now order by w.startsAt, w.id")
    List<Workshop> comingOf(long organisation, Instant now);
}
