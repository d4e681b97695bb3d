package jp.manabiba.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.manabiba.people.SupporterCategory;
import org.springframework.stereotype.Component;

/**
 * Names that training prints (on cards, certificates and e-mails) read straight from people's tables, in one
 * statement each: people's services answer other questions. Callers have checked who asks.
 */
@Component
class TrainingNames {

    private final EntityManager entityManager;

    TrainingNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<Long, String> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, name FROM organisation WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    /** The supporter's full name ("family given") and their organisation. */
    Optional<NamedSupporter> supporter(long supporterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT s.family_name, s.given_name, o.id, o.name, s.category
                        FROM supporter s JOIN organisation o ON o.id = s.organisation_id WHERE s.id = :id""")
                .setParameter("id", supporterId).getResultList();
        return rows.stream().findFirst().map(r -> new NamedSupporter(r[0] + " " + r[1],
                ((Number) r[2]).longValue(), (String) r[3], SupporterCategory.valueOf((String) r[4])));
    }

    record NamedSupporter(String fullName, long organisationId, String organisationName, SupporterCategory category) {
    }
}
