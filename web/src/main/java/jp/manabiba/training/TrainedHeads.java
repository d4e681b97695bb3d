package jp.manabiba.training;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.manabiba.people.SupporterCategory;
import org.springframework.stereotype.Component;

/**
 * Who counts as trained, in two statements for any number of organisations: the days kept in
 * {@code training_trained} (a head count already reported is not taken back by a later track change), and, for
 * supporters the live standing says are trained but who have no such row yet (their track lost a module they
 * lacked), the day the standing gives. A supporter counts once, in their organisation of today.
 */
@Component
class TrainedHeads {

    private static final String MILESTONES = """
            SELECT t.supporter_id, s.organisation_id, t.category, t.trained_on
            FROM training_trained t JOIN supporter s ON s.id = t.supporter_id
            WHERE s.organisation_id IN (:ids)""";

    private final EntityManager entityManager;
    private final StandingQuery standings;

    TrainedHeads(EntityManager entityManager, StandingQuery standings) {
        this.entityManager = entityManager;
        this.standings = standings;
    }

    List<TrainedHead> of(Collection<Long> organisationIds, LocalDate today) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(MILESTONES).setParameter("ids", organisationIds)
                .getResultList();
        List<TrainedHead> heads = new ArrayList<>(rows.stream().map(TrainedHeads::head).toList());
        Set<Long> kept = heads.stream().map(TrainedHead::supporterId).collect(Collectors.toSet());
        for (SupporterStanding standing : standings.ofOrganisations(organisationIds, today)) {
            if (!kept.contains(standing.supporterId())) {
                standing.trainedOn().ifPresent(day -> heads.add(new TrainedHead(standing.supporterId(),
                        standing.organisationId(), standing.category(), day)));
            }
        }
        return heads;
    }

    private static TrainedHead head(Object[] row) {
        Object day = row[3];
        LocalDate trainedOn = day instanceof Date sql ? sql.toLocalDate()
                : day instanceof LocalDate local ? local : LocalDate.parse(day.toString());
        return new TrainedHead(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                SupporterCategory.valueOf((String) row[2]), trainedOn);
    }
}
