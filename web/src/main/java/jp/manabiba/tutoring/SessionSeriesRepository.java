package jp.manabiba.tutoring;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionSeriesRepository extends JpaRepository<SessionSeries, Long> {

    List<SessionSeries> findByOrganisationIdIn(Collection<Long> organisationIds);
}
