package jp.manabiba.research;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the research export of one organisation and fiscal year for a partner university (docs/research-export.md):
 * only children whose household's current answer to research is yes, each under a pseudonym made with the key the
 * coordinator types now (never stored), the reviewed fields only, with an "about" sheet and a data dictionary.
 * Each export is recorded (who, organisation, year, format, children, fields) and written to the audit log.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ResearchExports {

    static final String RECORD_TYPE = "research-export";

    private final ResearchAccess access;
    private final ResearchDataset dataset;
    private final DataDictionary dictionary;
    private final FieldReviewRepository reviews;
    private final ExportRecordRepository exports;
    private final HouseholdRecords organisations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ResearchExports(ResearchAccess access, ResearchDataset dataset, DataDictionary dictionary, FieldReviewRepository reviews,
                    ExportRecordRepository exports, HouseholdRecords organisations, CurrentUser currentUser, AuditLog audit,
                    Clock clock) {
        this.access = access;
        this.dataset = dataset;
        this.dictionary = dictionary;
        this.reviews = reviews;
        this.exports = exports;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations the caller may export: those they coordinate, every one for an administrator. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        return organisations.organisations();
    }

    /** The key is checked before anything is read; a refusal names the key field and never echoes the key. */
    @Transactional
    public ExportFile export(long organisationId, FiscalYear year, String key, ExportFormat format, Locale locale) {
        access.requireManages(organisationId);
        ResearchKey pseudonyms = ResearchKey.of(key);
        Set<ResearchField> reviewed = EnumSet.noneOf(ResearchField.class);
        reviews.findByOrganisationId(organisationId).forEach(review -> reviewed.add(review.field()));
        ResearchData data = dataset.collect(organisationId, year, reviewed);
        Instant now = clock.instant();
        List<ResearchTable> tables = new ArrayList<>(ResearchTables.build(data, pseudonyms, reviewed));
        String organisation = organisations.organisations().stream().filter(o -> o.id() == organisationId)
                .map(OrganisationOption::name).findFirst().orElse("");
        ResearchTable about = dictionary.about(organisation, year, data.subjects().size(), reviewed, now, locale);
        ResearchTable columns = dictionary.dictionary(tables, locale);
        tables.addFirst(columns);
        tables.addFirst(about);
        AccountPrincipal user = currentUser.require();
        long id = exports.save(new ExportRecord(organisationId, year.year(), format, data.subjects().size(), reviewed,
                user.recordingAccountId(), user.username(), now)).id();
        audit.record(AuditAction.READ, RECORD_TYPE, id, ResearchAccess.SCREEN);
        String name = "manabiba-research-" + organisationId + "-fy" + year.year();
        return format == ExportFormat.XLSX
                ? new ExportFile(name + ".xlsx", XlsxExport.CONTENT_TYPE, XlsxExport.write(tables), data.subjects().size())
                : new ExportFile(name + "-csv.zip", CsvExport.CONTENT_TYPE, CsvExport.write(tables), data.subjects().size());
    }

    /** The organisation's past exports, newest first. */
    @Transactional(readOnly = true)
    public List<ExportSummary> history(long organisationId) {
        access.requireManages(organisationId);
        return exports.findByOrganisationIdOrderByExportedAtDesc(organisationId).stream().map(ExportRecord::summary).toList();
    }
}
