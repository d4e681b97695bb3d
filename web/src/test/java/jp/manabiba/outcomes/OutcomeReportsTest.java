package jp.manabiba.outcomes;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.people.Circumstance;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's exports read back: the network's Excel file names every indicator and holds no count of 1-4
 * children or households; the PDF has Japanese text; every export is audited; only coordinators and administrators
 * may export, a coordinator never the network.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeReportsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeReports reports;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    AuditLog audit;
    @Autowired
    TranslationProvider translations;

    PeopleFixture f;
    Acting acting;
    FiscalYear year;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "outcome-reports");
        acting = new Acting(context);
        year = acting.as(f.admin, () -> dashboard.currentYear());
        // Organisation B: its fixture household and five more from June 2025 go on, a sixth ended on 31 March 2026.
        // This year counts 6, the programme to date 7: each shown, but 7 - 6 would give away the one household of
        // the earlier year, so the programme's figure must leave as "<5".
        HouseholdRecords households = context.getBean(HouseholdRecords.class);
        acting.as(f.coordinatorB, () -> {
            for (int i = 0; i < 5; i++) {
                households.create(f.organisationB, household("継続" + i, LocalDate.of(2025, 6, 1), null));
            }
            households.create(f.organisationB, household("前年度のみ", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 31)));
        });
    }

    @Test
    void the_programme_to_date_figure_is_hidden_when_only_its_difference_from_the_years_figure_would_give_a_household_away()
            throws Exception {
        FiscalYear fy2026 = new FiscalYear(2026);
        IndicatorCard households = acting.as(f.admin, () -> dashboard.cards(f.organisationB, fy2026)).stream()
                .filter(c -> c.indicator().code().equals(HouseholdsSupportedQuery.CODE)).findFirst().orElseThrow();
        assertThat(households.yearValue().value()).isEqualByComparingTo("6");
        assertThat(households.programmeValue().hidden()).isTrue();
        IndicatorCard inside = acting.as(f.coordinatorB, () -> dashboard.cards(f.organisationB, fy2026)).stream()
                .filter(c -> c.indicator().code().equals(HouseholdsSupportedQuery.CODE)).findFirst().orElseThrow();
        assertThat(inside.programmeValue().value()).as("inside the organisation nothing is hidden").isEqualByComparingTo("7");
        // the same on the earlier year's screen, so that no two screens can be subtracted
        assertThat(acting.as(f.admin, () -> dashboard.cards(f.organisationB, new FiscalYear(2025))).stream()
                .filter(c -> c.indicator().code().equals(HouseholdsSupportedQuery.CODE)).findFirst().orElseThrow()
                .programmeValue().hidden()).isTrue();

        ReportFile file = acting.as(f.admin, () -> reports.export(f.organisationB, fy2026, ReportFormat.XLSX, Locale.JAPANESE));
        Map<String, Map<String, Cell>> figures = yearAndProgramme(file.bytes());
        assertThat(figures.get(HouseholdsSupportedQuery.CODE).get("year").getNumericCellValue()).isEqualTo(6.0);
        assertThat(figures.get(HouseholdsSupportedQuery.CODE).get("programme").getStringCellValue()).isEqualTo("<5");
    }

    @Test
    void the_networks_excel_file_names_every_indicator_and_has_no_count_of_children_or_households_under_five() throws Exception {
        List<IndicatorCard> cards = acting.as(f.admin, () -> dashboard.cards(null, year));
        Set<String> counts = cards.stream().map(IndicatorCard::indicator)
                .filter(i -> i.childCount() && (i.unit() == IndicatorUnit.HOUSEHOLDS || i.unit() == IndicatorUnit.PEOPLE))
                .map(IndicatorInfo::code).collect(Collectors.toSet());
        assertThat(counts).contains(HouseholdsSupportedQuery.CODE);

        ReportFile file = acting.as(f.admin, () -> reports.export(null, year, ReportFormat.XLSX, Locale.JAPANESE));

        assertThat(file.fileName()).endsWith(".xlsx");
        List<String> texts = new ArrayList<>();
        List<Double> childCounts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            for (Sheet sheet : workbook) {
                String indicator = "";
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == CellType.STRING) {
                        String text = first.getStringCellValue();
                        texts.add(text);
                        int gap = text.indexOf("  ");
                        if (gap > 0) {
                            indicator = text.substring(0, gap);
                        }
                    }
                    Cell value = row.getCell(1);
                    if (value == null) {
                        continue;
                    }
                    if (value.getCellType() == CellType.STRING) {
                        texts.add(value.getStringCellValue());
                    } else if (value.getCellType() == CellType.NUMERIC && counts.contains(indicator)) {
                        childCounts.add(value.getNumericCellValue());
                    }
                }
            }
        }
        for (IndicatorCard card : cards) {
            assertThat(texts).anySatisfy(t -> assertThat(t).contains(card.indicator().title(Locale.JAPANESE)));
        }
        assertThat(childCounts).isNotEmpty().allSatisfy(n -> assertThat(n == 0 || n >= 5).as("count " + n).isTrue());
        // nor does the programme to date minus the year give one away
        Map<String, Map<String, Cell>> figures = yearAndProgramme(file.bytes());
        for (String code : counts) {
            Cell yearCell = figures.get(code).get("year");
            Cell programmeCell = figures.get(code).get("programme");
            if (yearCell.getCellType() == CellType.NUMERIC && programmeCell.getCellType() == CellType.NUMERIC) {
                double difference = programmeCell.getNumericCellValue() - yearCell.getNumericCellValue();
                assertThat(difference < 1 || difference > 4).as(code + " programme - year = " + difference).isTrue();
            }
        }
        // Organisation A has one household: it is in the file as "<5", not as 1.
        assertThat(texts).contains("<5");
    }

    @Test
    void the_pdf_report_reads_back_in_japanese_and_the_export_is_audited() throws Exception {
        ReportFile file = acting.as(f.coordinatorA, () -> reports.export(f.organisationA, year, ReportFormat.PDF, Locale.JAPANESE));

        try (PDDocument document = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("成果報告", "小さな数の非表示について");
            String households = acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, year)).stream()
                    .filter(c -> c.indicator().code().equals(HouseholdsSupportedQuery.CODE)).findFirst().orElseThrow()
                    .indicator().title(Locale.JAPANESE);
            assertThat(text).contains(households.replaceAll("\\s+", ""));
        }
        List<AuditRow> entries = acting.as(f.admin, () -> audit.search(
                new AuditFilter(f.coordinatorA.username(), null, null, null), 0, 50));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.recordType()).isEqualTo("outcome-report-pdf");
            assertThat(e.recordId()).isEqualTo(f.organisationA);
            assertThat(e.screen()).isEqualTo(OutcomeReports.SCREEN);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.recordType()).isEqualTo(OutcomeReports.YEAR_RECORD_TYPE);
            assertThat(e.recordId()).isEqualTo(year.year());
        });
    }

    @Test
    void the_csv_export_of_the_network_is_audited_with_organisation_zero() {
        ReportFile file = acting.as(f.admin, () -> reports.export(null, year, ReportFormat.CSV, Locale.JAPANESE));

        assertThat(file.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(acting.as(f.admin, () -> audit.search(new AuditFilter(f.admin.username(), "outcome-report-csv", null, null), 0, 50)))
                .anySatisfy(e -> assertThat(e.recordId()).isEqualTo(OutcomeReports.NETWORK_RECORD));
    }

    @Test
    void tutors_teachers_and_children_are_refused_and_a_coordinator_may_not_export_the_network_or_another_organisation() {
        for (TestPrincipal user : List.of(f.tutorA, f.teacher, f.learnerA)) {
            assertRefused(user, () -> reports.export(f.organisationA, year, ReportFormat.XLSX, Locale.JAPANESE));
        }
        assertRefused(f.coordinatorA, () -> reports.export(null, year, ReportFormat.XLSX, Locale.JAPANESE));
        assertRefused(f.coordinatorA, () -> reports.export(f.organisationB, year, ReportFormat.PDF, Locale.JAPANESE));
    }

    /** Per indicator code, the figure cells of the year's and the programme's rows of the Excel file. */
    private Map<String, Map<String, Cell>> yearAndProgramme(byte[] bytes) throws Exception {
        String yearLabel = translations.getTranslation("outcomes.year", Locale.JAPANESE);
        String programmeLabel = translations.getTranslation("outcomes.programme", Locale.JAPANESE);
        Map<String, Map<String, Cell>> figures = new HashMap<>();
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        for (Sheet sheet : workbook) {
            String indicator = "";
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null || first.getCellType() != CellType.STRING) {
                    continue;
                }
                String text = first.getStringCellValue();
                int gap = text.indexOf("  ");
                if (gap > 0) {
                    indicator = text.substring(0, gap);
                } else if ((text.equals(yearLabel) || text.equals(programmeLabel)) && row.getCell(1) != null) {
                    figures.computeIfAbsent(indicator, i -> new HashMap<>())
                            .put(text.equals(yearLabel) ? "year" : "programme", row.getCell(1));
                }
            }
        }
        return figures;
    }

    private static HouseholdDetails household(String name, LocalDate started, @Nullable LocalDate ended) {
        return new HouseholdDetails(name, "せたい", null, HomeLanguage.JA, started, ended,
                EnumSet.noneOf(Circumstance.class), null);
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
