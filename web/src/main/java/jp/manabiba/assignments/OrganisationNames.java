package jp.manabiba.assignments;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organisations' names for the completion figures (public knowledge, like the organisations themselves). */
@Component
class OrganisationNames {

    private final JdbcClient jdbc;

    OrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, String> of(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from organisation where id in (:ids)").param("ids", List.copyOf(ids))
                    .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }
}
