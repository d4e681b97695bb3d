package jp.manabiba.people;
import jp.manabiba.training.ReadySupporters;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.schools.Grade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.ui.HouseholdView;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.LearnerView;
import jp.manabiba.people.ui.OrganisationsView;
import jp.manabiba.schools.ui.SchoolsView;
import jp.manabiba.people.ui.SupportersView;
import jp.manabiba.schools.SchoolRow;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a people or administration form can meet reaches the screen (issue 7, point 9): for each
 * {@code InvalidInput} the services raise for a form, the form is driven into it and the message is on a field the
 * user can see (marked invalid) or at the top of the dialog or section; a dialog stays open and nothing typed is
 * lost. A case's {@code field} is the label of the field the message belongs on; null means "at the top".
 */
class PeopleFormRefusalsTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));

    /** One set of records for every case: refusals change nothing, so the cases cannot disturb each other. */
    private static @Nullable World world;

    record World(PeopleFixture f, long otherSupporter, long supporterOfB, long learnerWithoutAccount, long futureMatch) {
    }

    record Case(String name, Function<PeopleFixture, TestPrincipal> user, Consumer<World> open, Consumer<Form> fill,
                Consumer<Form> submit, @Nullable String field, String key, Object... args) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void world() {
        if (world == null) {
            PeopleFixture f = new PeopleFixture(context, "refusals");
            long[] ids = context.getBean(SystemAccess.class).asAdministrator(() -> {
                SupporterRecords supporters = context.getBean(SupporterRecords.class);
                long other = supporters.create(f.organisationA, new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT,
                        "学生", "二郎", null, null, null, null));
                long ofB = supporters.create(f.organisationB, new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT,
                        "学生", "三郎", null, null, null, null));
                long noAccount = context.getBean(LearnerRecords.class).add(f.householdA, new LearnerDetails("青木", "そら",
                        "あおき", "そら", f.school, Grade.P2, null, FuriganaPreference.ALL));
                ReadySupporters.makeReady(context, other);
                long future = context.getBean(Matching.class).match(other, noAccount, TODAY.plusDays(10), null);
                return new long[] {other, ofB, noAccount, future};
            });
            world = new World(f, ids[0], ids[1], ids[2], ids[3]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_refusal_is_shown_where_the_user_looks_and_keeps_what_was_typed(Case c) {
        World w = world;
        KaribuSupport.signIn(c.user().apply(w.f()));
        c.open().accept(w);
        Component scope = LocatorJ._find(FormDialog.class).stream().map(Component.class::cast).findFirst()
                .orElseGet(KaribuSupport::currentView);
        Form form = new Form(scope, w, context.getBean(JdbcTemplate.class));
        c.fill().accept(form);
        Map<Component, Object> typed = form.values();

        c.submit().accept(form);

        String message = scope.getTranslation(c.key(), c.args());
        if (scope instanceof FormDialog dialog) {
            assertThat(dialog.isOpened()).as("the dialog stays open").isTrue();
        }
        if (c.field() != null) {
            HasValidation field = (HasValidation) form.find(c.field());
            assertThat(field.isInvalid()).as(c.field() + " is marked; marked instead: " + marked(scope)).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(message);
            assertThat(Form.shown((Component) field)).as(c.field() + " is visible").isTrue();
        } else if (scope instanceof FormDialog dialog) {
            assertThat(dialog.refusalAtTop()).contains(message);
        } else {
            assertThat(LocatorJ._find(scope, Div.class, spec -> spec.withClasses("form-refusal")))
                    .filteredOn(Form::shown).extracting(Div::getText).contains(message);
        }
        assertThat(form.values()).as("nothing typed is lost").isEqualTo(typed);
    }

    private static List<String> marked(Component scope) {
        return LocatorJ._find(scope, Component.class).stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid())
                .map(c -> ((HasValidation) c).getErrorMessage()).toList();
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        householdNew(cases);
        householdEdit(cases);
        guardian(cases);
        learnerForms(cases);
        consent(cases);
        match(cases);
        learnerPage(cases);
        supporter(cases);
        schools(cases);
        administration(cases);
        return cases.stream();
    }

    private static void householdNew(List<Case> cases) {
        Consumer<World> open = w -> {
            UI.getCurrent().navigate(HouseholdsView.class);
            Form.click("新しい世帯");
        };
        Consumer<Form> valid = f -> f.text("世帯名（姓）", "森").text("ふりがな", "もり").date("支援開始日", LocalDate.of(2026, 5, 1));
        cases.add(coordinator("household: no family name", open, valid.andThen(f -> f.text("世帯名（姓）", "")),
                "世帯名（姓）", "validation.required"));
        cases.add(coordinator("household: family name too long", open, valid.andThen(f -> f.text("世帯名（姓）", "森".repeat(51))),
                "世帯名（姓）", "validation.too-long", 50));
        cases.add(coordinator("household: reading not kana", open, valid.andThen(f -> f.text("ふりがな", "mori")),
                "ふりがな", "validation.kana"));
        cases.add(coordinator("household: no reading", open, valid.andThen(f -> f.text("ふりがな", "")),
                "ふりがな", "validation.required"));
        cases.add(coordinator("household: district too long", open, valid.andThen(f -> f.text("校区", "区".repeat(101))),
                "校区", "validation.too-long", 100));
        cases.add(coordinator("household: no start", open, valid.andThen(f -> f.date("支援開始日", null)),
                "支援開始日", "validation.required"));
        cases.add(coordinator("household: ends before it starts", open,
                valid.andThen(f -> f.date("支援終了日", LocalDate.of(2026, 4, 1))), "支援終了日", "household.error.ended-before-started"));
        cases.add(coordinator("household: no organisation", open, valid.andThen(f -> f.value("団体", null)),
                "団体", "validation.required"));
    }

    private static void householdEdit(List<Case> cases) {
        Consumer<World> open = w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            Form.click("世帯を編集");
        };
        cases.add(coordinator("household edit: no family name", open, f -> f.text("世帯名（姓）", ""),
                "世帯名（姓）", "validation.required"));
        cases.add(coordinator("household edit: changed by someone else meanwhile", open,
                f -> f.jdbc.update("update household set version = version + 1 where id = ?", f.world.f().householdA),
                null, "form.changed-meanwhile"));
    }

    private static void guardian(List<Case> cases) {
        Consumer<World> open = w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            Form.click("保護者を追加");
        };
        Consumer<Form> valid = f -> f.text("姓", "青木").text("名", "花子");
        cases.add(coordinator("guardian: no family name", open, valid.andThen(f -> f.text("姓", "")), "姓", "validation.required"));
        cases.add(coordinator("guardian: no given name", open, valid.andThen(f -> f.text("名", "")), "名", "validation.required"));
        cases.add(coordinator("guardian: relationship too long", open, valid.andThen(f -> f.text("続柄", "母".repeat(31))),
                "続柄", "validation.too-long", 30));
        cases.add(coordinator("guardian: phone", open, valid.andThen(f -> f.text("電話番号", "abc")), "電話番号", "validation.phone"));
        cases.add(coordinator("guardian: email", open, valid.andThen(f -> f.text("メールアドレス", "no-at")),
                "メールアドレス", "validation.email"));
    }

    private static void learnerForms(List<Case> cases) {
        Consumer<World> add = w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            Form.click("子どもを追加");
        };
        Consumer<Form> valid = f -> f.text("姓", "青木").text("名", "うみ").text("姓のふりがな", "あおき").text("名のふりがな", "うみ");
        cases.add(coordinator("learner: no family name", add, valid.andThen(f -> f.text("姓", "")), "姓", "validation.required"));
        cases.add(coordinator("learner: no given name", add, valid.andThen(f -> f.text("名", "")), "名", "validation.required"));
        cases.add(coordinator("learner: no family reading", add, valid.andThen(f -> f.text("姓のふりがな", "")),
                "姓のふりがな", "validation.required"));
        cases.add(coordinator("learner: given reading not kana", add, valid.andThen(f -> f.text("名のふりがな", "umi")),
                "名のふりがな", "validation.kana"));
        cases.add(coordinator("learner: class too long", add, valid.andThen(f -> f.text("学級", "組".repeat(51))),
                "学級", "validation.too-long", 50));
        Consumer<World> edit = w -> {
            UI.getCurrent().navigate(LearnerView.class, w.f().learnerOfA);
            Form.click("学習者を編集");
        };
        cases.add(coordinator("learner edit: no given name", edit, f -> f.text("名", ""), "名", "validation.required"));
    }

    private static void consent(List<Case> cases) {
        Consumer<World> open = w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            Form.click("同意を記録");
        };
        Consumer<Form> valid = f -> f.text("同意した人", "青木 母");
        cases.add(coordinator("consent: nobody gave it", open, valid.andThen(f -> f.text("同意した人", " ")),
                "同意した人", "consent.error.given-by-required"));
        cases.add(coordinator("consent: decided tomorrow", open, valid.andThen(f -> f.date("日付", TODAY.plusDays(1))),
                "日付", "consent.error.in-future"));
        cases.add(coordinator("consent: no date", open, valid.andThen(f -> f.date("日付", null)), "日付", "validation.required"));
    }

    private static void match(List<Case> cases) {
        Consumer<World> open = w -> {
            UI.getCurrent().navigate(LearnerView.class, w.f().learnerOfA);
            Form.click("担い手をつなぐ");
        };
        cases.add(coordinator("match: no supporter", open, f -> { }, "担い手", "validation.required"));
        cases.add(coordinator("match: already matched", open,
                f -> f.choose("担い手", (SupporterRow s) -> s.id() == f.world.f().supporterA), "担い手", "match.error.already-matched"));
        cases.add(coordinator("match: no start", open,
                f -> f.choose("担い手", (SupporterRow s) -> s.id() == f.world.otherSupporter()).date("開始日", null),
                "開始日", "validation.required"));
        cases.add(coordinator("match: ends before it starts", open,
                f -> f.choose("担い手", (SupporterRow s) -> s.id() == f.world.otherSupporter()).date("終了日", TODAY.minusDays(1)),
                "終了日", "match.error.ends-before-starts"));
        cases.add(new Case("match: supporter of another organisation (administrator)", w -> w.admin, open,
                f -> f.choose("担い手", (SupporterRow s) -> s.id() == f.world.supporterOfB()), Form.save("保存する"),
                "担い手", "match.error.other-organisation"));
    }

    private static void learnerPage(List<Case> cases) {
        Consumer<World> learner = w -> UI.getCurrent().navigate(LearnerView.class, w.learnerWithoutAccount());
        cases.add(new Case("match end: before the match starts", w -> w.coordinatorA, learner, f -> { },
                f -> f.clickInGrid(row -> ((LearnerPage.MatchRow) row).id() == f.world.futureMatch(), "end", "終了する"),
                null, "match.error.ends-before-starts"));
        cases.add(new Case("shared note: empty", w -> w.coordinatorA, learner, f -> f.text("共有するメモ", ""),
                Form.save("担い手に共有する"), "共有するメモ", "validation.required"));
        cases.add(new Case("shared note: too long", w -> w.coordinatorA, learner, f -> f.text("共有するメモ", "あ".repeat(1001)),
                Form.save("担い手に共有する"), "共有するメモ", "validation.too-long", 1000));
        cases.add(new Case("learner account: username format", w -> w.coordinatorA, learner, f -> f.text("ユーザー名", "a"),
                Form.save("サインインカードを作る"), "ユーザー名", "account.error.username-format"));
        cases.add(new Case("learner account: username taken", w -> w.coordinatorA, learner,
                f -> f.text("ユーザー名", f.world.f().coordinatorB.username()), Form.save("サインインカードを作る"),
                "ユーザー名", "account.error.username-taken"));
        cases.add(new Case("learner account: school email", w -> w.coordinatorA, learner,
                f -> f.text("ユーザー名", "refusals-school").text("学校アカウントのメールアドレス", "not-an-email"),
                Form.save("学校アカウントをつなぐ"), "学校アカウントのメールアドレス", "validation.email"));
    }

    private static void supporter(List<Case> cases) {
        Consumer<World> add = w -> {
            UI.getCurrent().navigate(SupportersView.class);
            Form.click("担い手を追加");
        };
        Consumer<Form> valid = f -> f.text("姓", "学生").text("名", "四郎");
        cases.add(coordinator("supporter: no family name", add, valid.andThen(f -> f.text("姓", "")), "姓", "validation.required"));
        cases.add(coordinator("supporter: no given name", add, valid.andThen(f -> f.text("名", "")), "名", "validation.required"));
        cases.add(coordinator("supporter: affiliation too long", add, valid.andThen(f -> f.text("所属（大学など）", "大".repeat(201))),
                "所属（大学など）", "validation.too-long", 200));
        cases.add(coordinator("supporter: faculty too long", add, valid.andThen(f -> f.text("学部", "学".repeat(201))),
                "学部", "validation.too-long", 200));
        cases.add(coordinator("supporter: phone", add, valid.andThen(f -> f.text("電話番号", "abc")), "電話番号", "validation.phone"));
        cases.add(coordinator("supporter: email", add, valid.andThen(f -> f.text("メールアドレス", "x")), "メールアドレス", "validation.email"));
        cases.add(coordinator("supporter: no organisation", add, valid.andThen(f -> f.value("団体", null)), "団体", "validation.required"));
        Consumer<World> edit = w -> {
            UI.getCurrent().navigate(SupportersView.class);
            Grid<?> grid = LocatorJ._get(Grid.class);
            int row = IntStream.range(0, GridKt._size(grid))
                    .filter(i -> ((SupporterRow) GridKt._get(grid, i)).id() == w.otherSupporter()).findFirst().orElseThrow();
            GridKt._clickItem(grid, row, 0, false, false, false, false);
        };
        cases.add(coordinator("supporter edit: no family name", edit, f -> f.text("姓", ""), "姓", "validation.required"));
        cases.add(new Case("supporter account: username format", w -> w.coordinatorA, edit, f -> f.text("ユーザー名", "a"),
                Form.save("サインインカードを作る"), "ユーザー名", "account.error.username-format"));
    }

    private static void schools(List<Case> cases) {
        Consumer<World> school = w -> {
            UI.getCurrent().navigate(SchoolsView.class);
            Form.click("学校を追加");
        };
        cases.add(coordinator("school: no name", school, f -> f.text("学校", ""), "学校", "validation.required"));
        cases.add(coordinator("school: name too long", school, f -> f.text("学校", "校".repeat(201)), "学校", "validation.too-long", 200));
        Consumer<World> teacher = w -> {
            UI.getCurrent().navigate(SchoolsView.class);
            @SuppressWarnings("unchecked")
            Grid<SchoolRow> grid = LocatorJ._get(Grid.class, spec -> spec.withPredicate(g -> g.isVisible()));
            grid.asSingleSelect().setValue(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                    .filter(s -> s.id() == w.f().school).findFirst().orElseThrow());
            Form.click("先生を追加");
        };
        Consumer<Form> valid = f -> f.text("姓", "教員").text("名", "次郎").text("ユーザー名", "refusals-new-teacher")
                .text("学校アカウントのメールアドレス", "refusals-teacher@example.jp");
        cases.add(admin("teacher: username format", teacher, valid.andThen(f -> f.text("ユーザー名", "a")),
                "ユーザー名", "account.error.username-format"));
        cases.add(admin("teacher: school email", teacher, valid.andThen(f -> f.text("学校アカウントのメールアドレス", "x")),
                "学校アカウントのメールアドレス", "validation.email"));
        cases.add(admin("teacher: no family name", teacher, valid.andThen(f -> f.text("姓", "")), "姓", "validation.required"));
    }

    private static void administration(List<Case> cases) {
        Consumer<World> organisation = w -> {
            UI.getCurrent().navigate(OrganisationsView.class);
            Form.click("団体を追加");
        };
        cases.add(admin("organisation: no name", organisation, f -> f.text("団体", ""), "団体", "validation.required"));
        cases.add(admin("organisation: name taken", organisation, f -> f.text("団体", "refusals 団体A"), "団体",
                "organisation.error.name-taken"));
        cases.add(admin("site: no name", inOrganisationRow("拠点を追加"), f -> f.text("拠点", ""), "拠点", "validation.required"));
        cases.add(admin("site: address too long", inOrganisationRow("拠点を追加"), f -> f.text("拠点", "教室").text("住所", "町".repeat(301)),
                "住所", "validation.too-long", 300));
        cases.add(admin("coordinator: no such account", inOrganisationRow("コーディネーターを追加"), f -> f.text("ユーザー名", "refusals-nobody"),
                "ユーザー名", "organisation.error.no-such-account"));
        cases.add(admin("target: out of range", inOrganisationRow("目標を設定"), f -> f.value("支援世帯の目標", 0),
                "支援世帯の目標", "organisation.error.target-range", 1, 1000));
        cases.add(admin("target: no number", inOrganisationRow("目標を設定"), f -> f.value("支援世帯の目標", null),
                "支援世帯の目標", "validation.required"));
        cases.add(admin("target: year before the programme", inOrganisationRow("目標を設定"), f -> f.value("支援した年度", 2023),
                "支援した年度", "organisation.error.year-range", "2024", String.valueOf(FiscalYear.of(TODAY).year() + 2)));
    }

    private static Consumer<World> inOrganisationRow(String button) {
        return w -> {
            UI.getCurrent().navigate(OrganisationsView.class);
            Form.clickInGrid(LocatorJ._get(Grid.class), row -> ((OrganisationRow) row).id() == w.f().organisationA,
                    "actions", button);
        };
    }

    private static Case coordinator(String name, Consumer<World> open, Consumer<Form> fill, @Nullable String field,
                                    String key, Object... args) {
        return new Case(name, f -> f.coordinatorA, open, fill, Form.save("保存する"), field, key, args);
    }

    private static Case admin(String name, Consumer<World> open, Consumer<Form> fill, @Nullable String field,
                              String key, Object... args) {
        return new Case(name, f -> f.admin, open, fill, Form.save("保存する"), field, key, args);
    }

    /** Fills fields by their visible labels, as a user finds them. */
    static final class Form {

        final Component scope;
        final World world;
        final JdbcTemplate jdbc;

        Form(Component scope, World world, JdbcTemplate jdbc) {
            this.scope = scope;
            this.world = world;
            this.jdbc = jdbc;
        }

        Component find(String label) {
            return LocatorJ._get(scope, Component.class, spec -> spec.withLabel(label));
        }

        Form text(String label, String value) {
            return value(label, value);
        }

        Form date(String label, @Nullable LocalDate value) {
            return value(label, value);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Form value(String label, @Nullable Object value) {
            _setValue((HasValue) find(label), value);
            return this;
        }

        /** Chooses the first item of a combo box that matches. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        <T> Form choose(String label, Predicate<T> item) {
            com.vaadin.flow.component.combobox.ComboBox box = (com.vaadin.flow.component.combobox.ComboBox) find(label);
            List<T> items = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box);
            _setValue(box, items.stream().filter(item).findFirst().orElseThrow());
            return this;
        }

        void clickInGrid(Predicate<Object> row, String column, String button) {
            clickInGrid(LocatorJ._get(scope, Grid.class, spec -> spec.withPredicate(g -> GridKt._size(g) > 0
                    && g.getColumnByKey(column) != null)), row, column, button);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        static void clickInGrid(Grid grid, Predicate<Object> row, String column, String button) {
            int index = IntStream.range(0, GridKt._size(grid)).filter(i -> row.test(GridKt._get(grid, i))).findFirst()
                    .orElseThrow();
            Component cell = GridKt._getCellComponent(grid, index, column);
            _click(cell instanceof Button b && b.getText().equals(button) ? b
                    : LocatorJ._get(cell, Button.class, spec -> spec.withText(button)));
        }

        static void click(String button) {
            _click(LocatorJ._get(Button.class, spec -> spec.withText(button)));
        }

        static Consumer<Form> save(String button) {
            return form -> click(button); // a dialog's buttons are in its footer, outside the form's tree
        }

        /** What every field of the form holds now. */
        Map<Component, Object> values() {
            Map<Component, Object> values = new LinkedHashMap<>();
            LocatorJ._find(scope, Component.class).stream().filter(c -> c instanceof HasValue<?, ?>)
                    .forEach(c -> values.put(c, String.valueOf(((HasValue<?, ?>) c).getValue())));
            return values;
        }

        static boolean shown(Component component) {
            for (Component c = component; c != null; c = c.getParent().orElse(null)) {
                if (!c.isVisible()) {
                    return false;
                }
            }
            return component.isAttached();
        }
    }
}
