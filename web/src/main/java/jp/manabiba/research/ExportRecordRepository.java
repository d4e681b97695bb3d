package jp.manabiba.research;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExportRecordRepository extends JpaRepository<ExportRecord, Long> {

    List<ExportRecord> findByOrganisationIdOrderByExportedAtDesc(long organisationId);
}
