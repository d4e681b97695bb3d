package jp.manabiba.tutoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionSeriesRepository extends JpaRepository<SessionSeries, Long> {
}
