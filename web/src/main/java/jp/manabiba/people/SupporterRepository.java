package jp.manabiba.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupporterRepository extends JpaRepository<Supporter, Long> {

    List<Supporter> findByOrganisationIdInOrderByFamilyNameAscGivenNameAsc(Collection<Long> organisations);

    Optional<Supporter> findByAccountId(long accountId);

    Optional<Supporter> findByFormerLearnerId(long learnerId);

    /** [organisation id, supporter id, former learner id, created at] of supporters who were learners, oldest first. */
    @Query("""
            select s.organisationId, s.id, s.formerLearnerId, s.createdAt from Supporter s
            where s.organisationId in :organisations and s.formerLearnerId is not null order by s.createdAt, s.id""")
    List<Object[]> formerLearnersIn(Collection<Long> organisations);
}
