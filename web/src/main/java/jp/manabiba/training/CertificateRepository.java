package jp.manabiba.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    /** Columns of a {@link CertificateRow} but the name: id, supporter, module title, day, file name, state, reason, submitted. */
    String ROW = """
            select c.id, c.supporter_id, m.title, c.completed_on, c.file_name, c.state, c.reason, c.submitted_at
            from training_certificate c join training_module m on m.id = c.module_id""";

    @Query("select c.supporterId from Certificate c where c.id = :id")
    Optional<Long> supporterOf(long id);

    /** The file: [name, media type, bytes]. */
    @Query("select c.fileName, c.contentType, c.bytes from Certificate c where c.id = :id")
    List<Object[]> file(long id);

    @Query(value = ROW + " where c.supporter_id = :supporterId order by c.submitted_at desc, c.id desc", nativeQuery = true)
    List<Object[]> rowsOf(long supporterId);

    /** Certificates waiting for a decision from supporters of these organisations, oldest first. */
    @Query(value = ROW + """
             join supporter s on s.id = c.supporter_id
            where s.organisation_id in (:organisations) and c.state = 'SUBMITTED' order by c.submitted_at, c.id""",
            nativeQuery = true)
    List<Object[]> waitingIn(Collection<Long> organisations);
}
