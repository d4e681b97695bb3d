package jp.manabiba.outcomes;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.export.CsvReport;
import jp.manabiba.outcomes.export.PdfReport;
import jp.manabiba.outcomes.export.ReportModel;
import jp.manabiba.outcomes.export.ReportRow;
import jp.manabiba.outcomes.export.ReportSection;
import jp.manabiba.outcomes.export.XlsxReport;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard as a file for the city office, funders and councillors: Excel, CSV or PDF of one organisation's or
 * (administrators) the network's fiscal year. Built from the dashboard's own cards, so the same {@link SmallCells}
 * suppression applies (the network's and an administrator's view: a child or household count below 5 is "&lt;5");
 * every export is audited: who (the entry's actor), the format (record type), the organisation (record id, 0 for the
 * network) and the fiscal year (a second entry, record type outcome-report-year, record id the year).
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class OutcomeReports {

    static final String SCREEN = "outcome-reports";
    static final String YEAR_RECORD_TYPE = "outcome-report-year";
    static final long NETWORK_RECORD = 0;

    private final OutcomesAccess access;
    private final OutcomeDashboard dashboard;
    private final CardCharts charts;
    private final OutcomeTitles outcomes;
    private final HouseholdRecords organisations;
    private final XlsxReport xlsx;
    private final CsvReport csv;
    private final PdfReport pdf;
    private final TranslationProvider translations;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeReports(OutcomesAccess access, OutcomeDashboard dashboard, CardCharts charts, OutcomeTitles outcomes,
                   HouseholdRecords organisations, XlsxReport xlsx, CsvReport csv, PdfReport pdf,
                   TranslationProvider translations, AuditLog audit, Clock clock) {
        this.access = access;
        this.dashboard = dashboard;
        this.charts = charts;
        this.outcomes = outcomes;
        this.organisations = organisations;
        this.xlsx = xlsx;
        this.csv = csv;
        this.pdf = pdf;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report of one organisation ({@code organisation} null: the network, administrators only) for a year. */
    @Transactional
    public ReportFile export(@Nullable Long organisation, FiscalYear year, ReportFormat format, Locale locale) {
        OutcomesAccess.Scope scope = access.view(organisation);
        ReportModel model = model(scope, year, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = switch (format) {
            case XLSX -> {
                xlsx.write(model, locale, out);
                yield out.toByteArray();
            }
            case CSV -> {
                csv.write(model, locale, out);
                yield out.toByteArray();
            }
            case PDF -> pdf.render(model, locale);
        };
        audit.record(AuditAction.READ, format.auditRecordType(), organisation == null ? NETWORK_RECORD : organisation, SCREEN);
        audit.record(AuditAction.READ, YEAR_RECORD_TYPE, year.year(), SCREEN);
        String who = organisation == null ? "network" : "organisation-" + organisation;
        return new ReportFile("outcomes-" + year.year() + "-" + who + "." + format.extension(), format.contentType(), bytes);
    }

    private ReportModel model(OutcomesAccess.Scope scope, FiscalYear year, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        organisations.organisations().forEach(o -> names.put(o.id(), o.name()));
        List<String> covered = scope.organisations().stream().map(id -> names.getOrDefault(id, ""))
                .sorted(Comparator.naturalOrder()).toList();
        Map<String, String> groups = new HashMap<>();
        boolean english = "en".equals(locale.getLanguage());
        outcomes.titles().forEach(row -> groups.put((String) row[0], (String) (english ? row[2] : row[1])));
        List<ReportSection> sections = new ArrayList<>();
        for (IndicatorCard card : dashboard.cards(scope.organisation(), year)) {
            sections.add(section(card, groups.getOrDefault(card.indicator().outcome(), card.indicator().outcome()), locale));
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String yearName = t(locale, "fiscal-year.name", String.valueOf(year.year()));
        String subject = scope.organisation() == null ? t(locale, "outcomes.network") : names.getOrDefault(scope.organisation(), "");
        return new ReportModel(t(locale, "outcomes.report.title", yearName, subject), covered,
                t(locale, "outcomes.report.period", yearName, day.format(year.firstDay()), day.format(year.lastDay())),
                ZonedDateTime.now(clock).withZoneSameInstant(ProgrammeZone.TOKYO), sections,
                List.of(t(locale, "outcomes.report.method.records"), t(locale, "outcomes.report.method.periods"),
                        t(locale, "outcomes.report.method.blank")),
                scope.leavesOrganisation()
                        ? List.of(t(locale, "outcomes.report.suppression.rule"), t(locale, "outcomes.report.suppression.totals"),
                                t(locale, "outcomes.report.suppression.programme"))
                        : List.of(t(locale, "outcomes.report.suppression.inside")));
    }

    private ReportSection section(IndicatorCard card, String group, Locale locale) {
        List<ReportRow> rows = new ArrayList<>();
        if (card.counted()) {
            add(rows, t(locale, "outcomes.year"), card.yearValue(), card.yearTarget() == null ? null : card.yearTarget().doubleValue());
            add(rows, t(locale, "outcomes.programme"), card.programmeValue(),
                    card.programmeTarget() == null ? null : card.programmeTarget().doubleValue());
            card.trend().forEach(p -> add(rows, t(locale, "outcomes.year-month", String.valueOf(p.month().getYear()),
                    p.month().getMonthValue()), p.value(), null));
            card.byOrganisation().forEach(o -> add(rows, o.organisation(), o.value(), null));
            card.bySite().forEach(s -> add(rows, s.site() == null ? t(locale, "outcomes.online") : s.site(), s.value(), null));
            card.bySupporterCategory().forEach(c -> add(rows, t(locale, "outcomes.category.row." + c.measure().name(),
                    charts.categoryName(c, locale)), c.value(), null));
        }
        String definition = card.counted() ? card.indicator().definition(locale)
                : card.indicator().definition(locale) + " " + t(locale, "outcomes.not-counted");
        if (!card.bySupporterCategory().isEmpty()) {
            // the counting rule of the category rows travels with them (a session of two categories counts in each)
            definition += " " + t(locale, "outcomes.category.measure." + card.bySupporterCategory().getFirst().measure().name());
        }
        return new ReportSection(group, card.indicator().code(), card.indicator().title(locale), definition,
                charts.unit(card, locale), rows, charts.trend(card, locale).orElse(null));
    }

    /** A row per figure; a figure with nothing to count is left out (the method notes say so), never written as 0. */
    private static void add(List<ReportRow> rows, String label, FigureValue value, @Nullable Double target) {
        if (!value.hidden() && value.value() == null) {
            return;
        }
        rows.add(target != null && target > 0 ? ReportRow.of(label, CardCharts.figure(value), target)
                : ReportRow.of(label, CardCharts.figure(value)));
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
