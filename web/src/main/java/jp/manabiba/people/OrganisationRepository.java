package jp.manabiba.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** Every organisation with its sites, in one query. */
    @Query("""
            select new jp.manabiba.people.SiteRow(o.name, s.name, s.kind)
            from Site s join s.organisation o
            order by o.name, s.name""")
    List<SiteRow> listSites();

    @Query("select o.id from Organisation o join o.coordinatorAccountIds c where c = :accountId")
    List<Long> coordinatedBy(long accountId);

    @Query("select o.id from Organisation o")
    List<Long> allIds();

    /** Compared by the database with the column's collation: "Ａ団体" and "a団体", ハハ and パパ are the same name there. */
    @Query("select count(o) > 0 from Organisation o where o.name = :name")
    boolean nameTaken(String name);
}
