package jp.manabiba.outcomes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ManualValueRepository extends JpaRepository<ManualValue, Long> {

    /** The rows in force: the newest of each indicator, organisation and month in the range. */
    @Query("""
            select v from ManualValue v
            where v.indicatorCode = :indicator and v.organisationId in :organisations
              and v.month >= :first and v.month < :end
              and v.id = (select max(w.id) from ManualValue w where w.indicatorCode = v.indicatorCode
                          and w.organisationId = v.organisationId and w.month = v.month)""")
    List<ManualValue> inForce(String indicator, Collection<Long> organisations, LocalDate first, LocalDate end);

    /** Every row of an organisation's month, corrections included, newest first. */
    List<ManualValue> findByIndicatorCodeAndOrganisationIdAndMonthOrderByIdDesc(String indicator, long organisation,
                                                                                 LocalDate month);
}
