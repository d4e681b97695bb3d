package jp.manabiba.research;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static jp.manabiba.research.ExportReading.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The research export of issue 13, read back as a researcher would read it. */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchExportTest {

    static final String KEY = "大学と共有しない合言葉2026-research";
    static final String OTHER_KEY = "まったく別の鍵です-other-key-42";

    @Autowired
    ApplicationContext context;
    @Autowired
    ResearchExports exports;
    @Autowired
    ResearchFieldReviews reviews;
    @Autowired
    AuditLog audit;

    ResearchFixture r;

    @BeforeAll
    void fixture() {
        r = new ResearchFixture(context, "research");
    }

    @Test
    void only_children_with_research_consent_in_force_appear_never_one_without_or_withdrawn() {
        Map<String, List<List<String>>> sheets = xlsx(KEY);

        List<String> children = column(sheets.get("children"), ResearchTables.CHILD_ID);
        ResearchKey key = ResearchKey.of(KEY);
        assertThat(children).containsExactly(key.pseudonym(r.f.people.learnerOfA));
        String absent = key.pseudonym(r.learnerWithoutConsent);
        String withdrawn = key.pseudonym(r.learnerWithdrawn);
        String otherOrganisation = key.pseudonym(r.f.people.learnerOfB);
        sheets.values().forEach(table -> table.forEach(row -> assertThat(row)
                .doesNotContain(absent, withdrawn, otherOrganisation)));
    }

    @Test
    void the_same_child_keeps_their_pseudonym_under_the_same_key_and_gets_another_under_another_key() {
        String first = column(xlsx(KEY).get("children"), ResearchTables.CHILD_ID).getFirst();
        String again = column(xlsx("  " + KEY + " ").get("children"), ResearchTables.CHILD_ID).getFirst();
        String other = column(xlsx(OTHER_KEY).get("children"), ResearchTables.CHILD_ID).getFirst();

        assertThat(first).hasSize(ResearchKey.PSEUDONYM_LENGTH).matches("[A-Z2-7]+");
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void the_workbook_holds_the_figures_a_data_dictionary_and_no_name_kana_or_birth_date() {
        Map<String, List<List<String>>> sheets = xlsx(KEY);

        assertThat(sheets.keySet()).containsExactly("about", "dictionary", "children", "attendance_monthly", "esd_units",
                "esd_ratings");
        List<List<String>> children = sheets.get("children");
        assertThat(column(children, "grade")).containsExactly("P4");
        assertThat(column(children, "sessions_held")).containsExactly("2");
        assertThat(column(children, "sessions_attended")).containsExactly("1");
        assertThat(column(children, "work_given")).containsExactly("1");
        assertThat(column(children, "work_handed_in")).containsExactly("0");
        assertThat(column(children, "work_completion_rate")).containsExactly("0");
        assertThat(column(children, "units_completed")).containsExactly("0");
        assertThat(column(sheets.get("attendance_monthly"), "month")).containsExactly(r.year.firstDay().toString().substring(0, 7));
        assertThat(column(sheets.get("esd_units"), "unit_id")).containsExactly(ResearchFixture.FOOD);
        List<List<String>> ratings = sheets.get("esd_ratings");
        assertThat(column(ratings, "ability")).hasSize(4).contains("critical-thinking");
        assertThat(column(ratings, "rating_change")).contains("2", "0", "3");
        List<List<String>> dictionary = sheets.get("dictionary");
        for (String table : List.of("children", "attendance_monthly", "esd_units", "esd_ratings")) {
            for (String code : sheets.get(table).getFirst()) {
                assertThat(dictionary).as(table + "." + code)
                        .anySatisfy(row -> assertThat(row.subList(0, 2)).containsExactly(table, code));
            }
        }
        assertThat(dictionary).allSatisfy(row -> assertThat(row.get(3)).isNotBlank().doesNotStartWith("!"));
        for (List<List<String>> table : sheets.values()) {
            assertThat(table.getFirst()).noneMatch(code -> code.contains("name") || code.contains("kana") || code.contains("birth"));
            table.forEach(row -> assertThat(String.join("|", row)).doesNotContain("青木", "あおき", "みらい", "野村", "のむら",
                    "三浦", "みうら", "別府", "2組", "1組", "研究小学校区", "富田小学校区", KEY));
        }
    }

    @Test
    void the_csv_alternative_holds_the_same_tables_each_with_a_byte_order_mark() {
        Map<String, List<List<String>>> xlsx = xlsx(KEY);
        Map<String, List<List<String>>> csv = ExportReading.csvZip(export(KEY, ExportFormat.CSV).bytes());

        assertThat(csv.keySet()).containsExactlyElementsOf(xlsx.keySet());
        assertThat(csv.get("children")).isEqualTo(xlsx.get("children"));
        assertThat(csv.get("esd_ratings")).isEqualTo(xlsx.get("esd_ratings"));
    }

    @Test
    void reviewed_fields_go_in_only_once_a_coordinator_reviewed_them_and_the_review_says_who() {
        assertThat(xlsx(KEY).get("children").getFirst()).doesNotContain("home_class", "school_district");

        r.f.as(r.f.people.coordinatorA, () -> reviews.mark(r.f.people.organisationA, ResearchField.HOME_CLASS, true));
        try {
            Map<String, List<List<String>>> sheets = xlsx(KEY);
            assertThat(column(sheets.get("children"), "home_class")).containsExactly("1組");
            assertThat(sheets).doesNotContainKey("reflections");
            assertThat(r.f.as(r.f.people.coordinatorA, () -> reviews.list(r.f.people.organisationA)))
                    .filteredOn(FieldReviewRow::reviewed).singleElement()
                    .satisfies(row -> assertThat(row.reviewer()).isEqualTo(r.f.people.coordinatorA.username()));
        } finally {
            r.f.as(r.f.people.coordinatorA, () -> reviews.mark(r.f.people.organisationA, ResearchField.HOME_CLASS, false));
        }
        assertThat(xlsx(KEY).get("children").getFirst()).doesNotContain("home_class");
    }

    @Test
    void a_short_or_simple_key_is_refused_at_the_key_field_and_nothing_is_exported() {
        int before = history().size();

        for (String weak : List.of("tooshort", "aaaaaaaaaaaaaaaaaaaaaaaa", "12121212121212121212")) {
            assertThatThrownBy(() -> export(weak, ExportFormat.XLSX)).isInstanceOfSatisfying(InvalidInput.class,
                    refusal -> assertThat(refusal.field()).isEqualTo("key"));
        }
        assertThat(history()).hasSize(before);
    }

    @Test
    void every_export_is_recorded_and_audited_with_who_year_and_children_never_the_key() {
        export(KEY, ExportFormat.CSV);

        ExportSummary last = history().getFirst();
        assertThat(last.exporter()).isEqualTo(r.f.people.coordinatorA.username());
        assertThat(last.fiscalYear()).isEqualTo(r.year.year());
        assertThat(last.children()).isEqualTo(1);
        assertThat(last.format()).isEqualTo(ExportFormat.CSV);
        assertThat(last.toString()).doesNotContain(KEY);
        List<AuditRow> audited = r.f.as(r.f.people.admin, () -> audit.search(new AuditFilter(
                r.f.people.coordinatorA.username(), ResearchExports.RECORD_TYPE, null, null), 0, 50));
        assertThat(audited).isNotEmpty().allSatisfy(row -> assertThat(row.toString()).doesNotContain(KEY));
    }

    private Map<String, List<List<String>>> xlsx(String key) {
        return ExportReading.xlsx(export(key, ExportFormat.XLSX).bytes());
    }

    private ExportFile export(String key, ExportFormat format) {
        return r.f.as(r.f.people.coordinatorA, () -> exports.export(r.f.people.organisationA, r.year, key, format, Locale.JAPANESE));
    }

    private List<ExportSummary> history() {
        return r.f.as(r.f.people.coordinatorA, () -> exports.history(r.f.people.organisationA));
    }
}
