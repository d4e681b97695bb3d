package jp.manabiba.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names for the workshop and certificate lists, one statement a list: supporters (for their coordinators, whose
 * access the caller checked) and organisations (public knowledge, like the organisations themselves).
 */
@Component
class WorkshopNames {

    private final JdbcClient jdbc;

    WorkshopNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, String> supporters(Collection<Long> ids) {
        return names("select id, concat(family_name, ' ', given_name) from supporter where id in (:ids)", ids);
    }

    Map<Long, String> organisations(Collection<Long> ids) {
        return names("select id, name from organisation where id in (:ids)", ids);
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", List.copyOf(ids))
                    .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }
}
