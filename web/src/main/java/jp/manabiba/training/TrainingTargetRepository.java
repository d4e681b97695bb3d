package jp.manabiba.training;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingTargetRepository extends JpaRepository<TrainingTarget, Long> {

    /** The network's targets and those of these organisations: a few dozen rows, read whole. */
    List<TrainingTarget> findByOrganisationIdIsNullOrOrganisationIdIn(Collection<Long> organisationIds);
}
