package jp.manabiba.training;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.training.TrackLines.ModuleLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An administrator's module: every refusal at its field, matching V024's columns and checks; retiring. */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleEditingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrackAdministration administration;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "module-edit");
        acting = new Acting(context);
    }

    @Test
    void each_bad_field_is_refused_at_that_field() {
        refused(draft("Bad Code", "1", 12), "code", "coord.error.code-format");
        refused(draft("first-aid", "1", 12), "code", "coord.error.code-taken");
        refused(new ModuleDraft("me-title", ModuleKind.WORKSHOP, " ", null, null, BigDecimal.ONE, null), "title", "validation.required");
        refused(new ModuleDraft("me-long", ModuleKind.WORKSHOP, "あ".repeat(101), null, null, BigDecimal.ONE, null),
                "title", "validation.too-long", 100);
        refused(draft("me-hours-0", "0", null), "hours", "coord.error.hours");
        refused(draft("me-hours-q", "1.3", null), "hours", "coord.error.hours");
        refused(draft("me-hours-big", "100.5", null), "hours", "coord.error.hours");
        refused(new ModuleDraft("me-hours-none", ModuleKind.WORKSHOP, "研修", null, null, null, null), "hours", "validation.required");
        refused(draft("me-valid-0", "1", 0), "validityMonths", "coord.error.validity");
        refused(draft("me-valid-121", "1", 121), "validityMonths", "coord.error.validity");
    }

    @Test
    void a_module_is_added_changed_and_retired_once_no_track_lists_it() {
        long id = acting.as(f.admin, () -> administration.saveModule(null, draft("me-cpr-refresher", "2.5", 12)));
        acting.as(f.admin, () -> administration.saveModule(id, new ModuleDraft("ignored", ModuleKind.SELF_STUDY,
                "救命講習（更新）", "CPR refresher", "消防署で", new BigDecimal("3.0"), null)));
        ModuleLine saved = line(id);
        assertThat(saved.code()).isEqualTo("me-cpr-refresher");
        assertThat(saved.kind()).isEqualTo(ModuleKind.EXTERNAL);
        assertThat(saved.title().en()).isEqualTo("CPR refresher");
        assertThat(saved.hours()).isEqualByComparingTo("3");
        assertThat(saved.validityMonths()).isNull();

        acting.as(f.admin, () -> administration.retireModule(id));
        assertThat(line(id).retired()).isTrue();
        assertThat(acting.as(f.coordinatorA, () -> context.getBean(SupporterFiles.class).recordableModules()))
                .extracting(HistoryLines.ModuleOption::id).doesNotContain(id);
    }

    @Test
    void a_module_a_track_still_lists_is_not_retired() {
        long safeguarding = context.getBean(TrainingModuleRepository.class).findByCode("child-safeguarding").orElseThrow().id();
        refusedQuietly(() -> acting.as(f.admin, () -> administration.retireModule(safeguarding)),
                "retire", "coord.error.module-in-track");
        assertThat(line(safeguarding).retired()).isFalse();
    }

    private ModuleLine line(long id) {
        return acting.as(f.admin, () -> administration.modules()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private void refused(ModuleDraft draft, String field, String key, Object... args) {
        refusedQuietly(() -> acting.as(f.admin, () -> administration.saveModule(null, draft)), field, key, args);
    }

    private static ModuleDraft draft(String code, String hours, Integer validity) {
        return new ModuleDraft(code, ModuleKind.EXTERNAL, "救命講習", null, null, new BigDecimal(hours), validity);
    }
}
