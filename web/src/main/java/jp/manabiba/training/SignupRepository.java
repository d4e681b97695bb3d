package jp.manabiba.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignupRepository extends JpaRepository<Signup, Long> {

    Optional<Signup> findByWorkshopIdAndSupporterId(long workshopId, long supporterId);

    /** A workshop's sign-ups, the waiting list in its order. */
    @Query("select s from Signup s where s.workshopId = :workshopId order by s.signedUpAt, s.id")
    List<Signup> ofWorkshop(long workshopId);

    @Query("select s from Signup s where s.workshopId in :workshopIds order by s.signedUpAt, s.id")
    List<Signup> ofWorkshops(Collection<Long> workshopIds);

    @Query("select count(s) from Signup s where s.workshopId = :workshopId and s.state in ('BOOKED', 'ATTENDED', 'ABSENT')")
    long seatsTaken(long workshopId);

    @Query("select s from Signup s where s.workshopId = :workshopId and s.state = 'WAITING' order by s.signedUpAt, s.id")
    List<Signup> waiting(long workshopId);

    /** Whether attending this workshop already completed this module for the supporter. */
    @Query("""
            select count(c) > 0 from Completion c where c.supporterId = :supporterId and c.moduleId = :moduleId
            and c.method = jp.manabiba.training.CompletionMethod.ATTENDANCE and c.sourceId = :workshopId""")
    boolean completedBy(long supporterId, long moduleId, long workshopId);
}
