package jp.manabiba.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupporterRepository extends JpaRepository<Supporter, Long> {

    List<Supporter> findByOrganisationIdInOrderByFamilyNameAscGivenNameAsc(Collection<Long> organisations);

    Optional<Supporter> findByAccountId(long accountId);
}
