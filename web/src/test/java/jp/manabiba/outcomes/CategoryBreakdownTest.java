package jp.manabiba.outcomes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.schools.FiscalYear;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breakdown by supporter category across the fiscal-year boundary (31 March 23:30 / 1 April 00:00 Tokyo): a
 * session of a student and a parent counts once for each, a session nobody was assigned to under "no supporter";
 * hours of support are the minutes children attended; supporters ready on the year's last day. The administrator's
 * view shows the counts of 1 unsuppressed (supporters are not children), no children count is ever broken down, and
 * the Excel, CSV and PDF files carry the same figures as the card.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryBreakdownTest {

    private static final Instant MARCH_31_LATE = Instant.parse("2026-03-31T14:30:00Z");
    private static final Instant APRIL_1_MIDNIGHT = Instant.parse("2026-03-31T15:00:00Z");
    private static final FiscalYear FY2025 = new FiscalYear(2025);
    private static final FiscalYear FY2026 = new FiscalYear(2026);

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    OutcomeReports reports;
    @Autowired
    TranslationProvider translations;
    @Autowired
    JdbcTemplate jdbc;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void records() {
        f = new PeopleFixture(context, "outcomes-category");
        acting = new Acting(context);
        // the fixture's supporterA is a university student trained today
        long parentMarch = supporter(SupporterCategory.PARENT, "三月");
        long parentApril = supporter(SupporterCategory.PARENT, "四月");
        readyFrom(parentMarch, LocalDate.of(2026, 3, 31));
        readyFrom(parentApril, LocalDate.of(2026, 4, 1));

        long march = session(MARCH_31_LATE);
        staff(march, f.supporterA, parentMarch);
        attended(march, 30);
        long april = session(APRIL_1_MIDNIGHT);
        staff(april, f.supporterA);
        attended(april, 60);
        long nobody = session(APRIL_1_MIDNIGHT.plusSeconds(86_400));
        attended(nobody, 45);
    }

    @Test
    void a_session_of_two_categories_counts_once_in_each_in_the_tokyo_year_of_its_start() {
        assertThat(categories("SESSIONS_HELD", FY2025)).containsExactly(
                Map.entry("UNIVERSITY_STUDENT", "1"), Map.entry("EX_NURSERY_TEACHER", "0"), Map.entry("PARENT", "1"),
                Map.entry("OTHER_VOLUNTEER", "0"));
        assertThat(categories("SESSIONS_HELD", FY2026)).containsExactly(
                Map.entry("UNIVERSITY_STUDENT", "1"), Map.entry("EX_NURSERY_TEACHER", "0"), Map.entry("PARENT", "0"),
                Map.entry("OTHER_VOLUNTEER", "0"), Map.entry("none", "1"));
        assertThat(card("SESSIONS_HELD", FY2025).yearValue().value()).as("the session itself counts once").isEqualByComparingTo("1");
    }

    @Test
    void hours_of_support_are_the_minutes_children_attended_per_category_of_the_sessions_supporters() {
        assertThat(categories("SUPPORT_HOURS_PER_LEARNER", FY2025)).containsEntry("UNIVERSITY_STUDENT", "0.5")
                .containsEntry("PARENT", "0.5");
        assertThat(categories("SUPPORT_HOURS_PER_LEARNER", FY2026)).containsEntry("UNIVERSITY_STUDENT", "1.0")
                .containsEntry("PARENT", "0.0").containsEntry("none", "0.8");
        assertThat(card("SUPPORT_HOURS_PER_LEARNER", FY2025).bySupporterCategory())
                .allSatisfy(c -> assertThat(c.measure()).isEqualTo(CategoryMeasure.SUPPORT_HOURS));
    }

    @Test
    void supporters_ready_are_counted_per_category_on_the_last_day_of_the_year() {
        assertThat(categories("SUPPORTERS_READY", FY2025)).containsEntry("PARENT", "1").containsEntry("UNIVERSITY_STUDENT", "0");
        // (the fixture's student was trained when it was made: ready today, not on 31 March 2026)
        assertThat(categories("SUPPORTERS_READY", FY2026)).containsEntry("PARENT", "2").containsEntry("UNIVERSITY_STUDENT", "1");
    }

    @Test
    void counts_of_one_are_shown_to_the_administrator_and_no_count_of_children_is_broken_down() {
        List<IndicatorCard> cards = acting.as(f.admin, () -> dashboard.cards(f.organisationA, FY2025));

        IndicatorCard sessions = cards.stream().filter(c -> c.indicator().code().equals("SESSIONS_HELD")).findFirst().orElseThrow();
        assertThat(sessions.bySupporterCategory()).anySatisfy(c -> {
            assertThat(c.category()).isEqualTo(SupporterCategory.PARENT);
            assertThat(c.value().hidden()).isFalse();
            assertThat(c.value().value()).isEqualByComparingTo("1");
        });
        assertThat(cards).filteredOn(c -> c.indicator().childCount() && c.indicator().aggregation() != Aggregation.RATE)
                .isNotEmpty().allSatisfy(c -> assertThat(c.bySupporterCategory()).as(c.indicator().code()).isEmpty());
        assertThat(cards).flatMap(IndicatorCard::bySupporterCategory)
                .allSatisfy(c -> assertThat(c.measure().unit()).isNotIn(IndicatorUnit.HOUSEHOLDS));
        assertThat(cards).filteredOn(c -> !c.bySupporterCategory().isEmpty()).extracting(c -> c.indicator().code())
                .containsExactlyInAnyOrder("SESSIONS_HELD", "SUPPORT_HOURS_PER_LEARNER", "SUPPORTERS_READY");
    }

    @Test
    void the_excel_csv_and_pdf_files_carry_the_same_category_figures_as_the_card() throws Exception {
        String parentSessions = t("outcomes.category.row.SESSIONS", t("supporter.category.PARENT"));
        String studentHours = t("outcomes.category.row.SUPPORT_HOURS", t("supporter.category.UNIVERSITY_STUDENT"));

        Map<String, Object> xlsx = xlsxRows(acting.as(f.admin,
                () -> reports.export(f.organisationA, FY2025, ReportFormat.XLSX, Locale.JAPANESE)).bytes());
        assertThat(xlsx).containsEntry(parentSessions, 1.0).containsEntry(studentHours, 0.5);

        String csv = new String(acting.as(f.admin,
                () -> reports.export(f.organisationA, FY2025, ReportFormat.CSV, Locale.JAPANESE)).bytes(), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains(parentSessions))).singleElement()
                .satisfies(l -> assertThat(l).contains("SESSIONS_HELD", ",1,"));
        assertThat(csv).contains(t("outcomes.category.measure.SESSIONS"));

        try (PDDocument pdf = Loader.loadPDF(acting.as(f.admin,
                () -> reports.export(f.organisationA, FY2025, ReportFormat.PDF, Locale.JAPANESE)).bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(parentSessions.replaceAll("\\s+", ""), studentHours.replaceAll("\\s+", ""));
        }
    }

    /** The figure per category as text ("none" for no supporter recorded), in the card's order. */
    private Map<String, String> categories(String code, FiscalYear year) {
        Map<String, String> figures = new LinkedHashMap<>();
        card(code, year).bySupporterCategory().forEach(c -> figures.put(c.category() == null ? "none" : c.category().name(),
                Objects.requireNonNull(c.value().value()).toPlainString()));
        return figures;
    }

    private IndicatorCard card(String code, FiscalYear year) {
        return acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, year)).stream()
                .filter(c -> c.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    /** Each row's label (first column) and figure (second column: a number, or text) of every sheet. */
    private static Map<String, Object> xlsxRows(byte[] bytes) throws Exception {
        Map<String, Object> rows = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    Cell label = row.getCell(0);
                    Cell value = row.getCell(1);
                    if (label == null || value == null || label.getCellType() != CellType.STRING) {
                        continue;
                    }
                    rows.put(label.getStringCellValue(), value.getCellType() == CellType.NUMERIC
                            ? (Object) value.getNumericCellValue() : value.toString());
                }
            }
        }
        return rows;
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, Locale.JAPANESE, params);
    }

    private long supporter(SupporterCategory category, String name) {
        jdbc.update("INSERT INTO supporter (organisation_id, category, family_name, given_name, created_at) VALUES (?, ?, ?, ?, ?)",
                f.organisationA, category.name(), "区分", name, LocalDateTime.now(ZoneOffset.UTC));
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM supporter", Long.class));
    }

    /** A parent's modules needed before working with children, completed on the day and never expiring. */
    private void readyFrom(long supporter, LocalDate day) {
        for (String module : List.of("child-safeguarding", "personal-data")) {
            jdbc.update("""
                    INSERT INTO training_completion (supporter_id, module_id, completed_on, method, recorded_at)
                    SELECT ?, m.id, ?, 'RECORDED', ? FROM training_module m WHERE m.code = ?""",
                    supporter, day, LocalDateTime.now(ZoneOffset.UTC), module);
        }
    }

    private long session(Instant start) {
        jdbc.update("""
                INSERT INTO tutoring_session (organisation_id, title, starts_at, ends_at, capacity, ended_at)
                VALUES (?, 'category', ?, ?, 10, ?)""", f.organisationA, utc(start), utc(start.plusSeconds(3_600)),
                utc(start.plusSeconds(3_600)));
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM tutoring_session", Long.class));
    }

    private void staff(long session, long... supporters) {
        for (long supporter : supporters) {
            jdbc.update("INSERT INTO session_supporter (session_id, supporter_id) VALUES (?, ?)", session, supporter);
        }
    }

    private void attended(long session, int minutes) {
        jdbc.update("INSERT INTO attendance (session_id, learner_id, state, minutes) VALUES (?, ?, 'CHECKED_OUT', ?)",
                session, f.learnerOfA, minutes);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
