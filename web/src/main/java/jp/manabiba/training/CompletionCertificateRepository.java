package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompletionCertificateRepository extends JpaRepository<CompletionCertificate, Long> {

    Optional<CompletionCertificate> findByCode(String code);

    boolean existsByCode(String code);

    Optional<CompletionCertificate> findFirstBySupporterIdAndModuleIdAndCompletedOn(long supporterId, long moduleId,
                                                                                   LocalDate completedOn);

    Optional<CompletionCertificate> findFirstBySupporterIdAndModuleIdIsNullAndCompletedOn(long supporterId,
                                                                                         LocalDate completedOn);
}
