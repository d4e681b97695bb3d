package jp.manabiba.outcomes;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The outcomes' names (code, Japanese, English): a report groups its indicators under them, one Excel sheet each. */
interface OutcomeTitles extends Repository<Outcome, String> {

    @Query("select o.code, o.titleJa, o.titleEn from Outcome o order by o.position")
    List<Object[]> titles();
}
