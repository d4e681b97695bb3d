package jp.manabiba.outcomes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, String> {

    @Query("""
            select i from Indicator i, Outcome o where o.code = i.outcomeCode order by o.position, i.position""")
    List<Indicator> inOrder();
}
