package jp.manabiba.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, Long> {

    /** Compared by the database with the column's collation, as its unique key compares. */
    @Query("select count(s) > 0 from Site s where s.organisation.id = :organisationId and s.name = :name")
    boolean nameTaken(long organisationId, String name);
}
