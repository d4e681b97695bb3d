package jp.manabiba.tutoring.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import jp.manabiba.training.ReadySupporters;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.OrganisationRow;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.SchoolRow;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;
import jp.manabiba.people.ui.HouseholdView;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.LearnerView;
import jp.manabiba.people.ui.OrganisationsView;
import jp.manabiba.schools.ui.SchoolsView;
import jp.manabiba.people.ui.SupportersView;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.testing.LogCapture;
import jp.manabiba.tutoring.BoardState;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import jp.manabiba.tutoring.SessionBoard;
import jp.manabiba.tutoring.SessionRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form a coordinator or an administrator can reach, fed field by field with the shared bad-input corpus
 * ({@code bad-input/corpus.txt}, issue 8 point 15). For each value the form either shows a message where the user
 * looks (a field it shows, or the top of the dialog) and saves nothing, or saves cleanly; nothing is logged at
 * ERROR. A new form joins by adding a {@link FormCase} to {@link #forms()}. (The test lives in tutoring.ui because
 * the session dialogs are package-private there; the people forms are reached through their views.)
 */
class BadInputCorpusTest extends KaribuTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static @Nullable World world;
    private static @Nullable ApplicationContext spring;

    record World(PeopleFixture f, long otherSupporter, long learnerWithoutAccount, SessionRow session) {
    }

    enum Kind { TEXT, DATE, TIME, NUMBER }

    record Bad(Kind kind, boolean mustRefuse, String name, String value) {
    }

    record Field(String label, Kind kind) {
    }

    /**
     * A form: who opens it and how, what makes it valid, how to save, and what in the database it may change (a
     * query whose answer must not move when the form refuses).
     */
    record FormCase(String name, Function<World, TestPrincipal> user, Consumer<World> open, Consumer<Scope> valid,
                    String save, Function<World, String> footprint, List<Field> fields) {
    }

    record Run(FormCase form, Field field, Bad bad) {
        @Override
        public String toString() {
            return form.name() + " / " + field.label() + " / " + bad.name();
        }
    }

    @BeforeEach
    void world() {
        spring = context;
        if (world == null) {
            PeopleFixture f = new PeopleFixture(context, "corpus");
            long[] ids = context.getBean(SystemAccess.class).asAdministrator(() -> new long[] {
                    context.getBean(SupporterRecords.class).create(f.organisationA, new SupporterDetails(
                            SupporterCategory.UNIVERSITY_STUDENT, "学生", "五郎", null, null, null, null)),
                    context.getBean(LearnerRecords.class).add(f.householdA, new LearnerDetails("青木", "なぎさ", "あおき",
                            "なぎさ", f.school, Grade.P4, null, FuriganaPreference.ALL))});
            context.getBean(SystemAccess.class).asAdministrator(() -> ReadySupporters.makeReady(context, ids[0]));
            ZonedDateTime start = LocalDate.now(TOKYO).plusWeeks(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY))
                    .atTime(15, 0).atZone(TOKYO);
            Scheduling scheduling = context.getBean(Scheduling.class);
            SessionRow session = new Acting(context).as(f.coordinatorA, () -> {
                scheduling.createSeries(new SeriesPlan(f.organisationA, "コーパス確認", new Place(null, "https://meet.example.jp/corpus"),
                        EnumSet.of(start.getDayOfWeek()), 1, start.toLocalDate(), start.toLocalDate(), start.toLocalTime(),
                        start.toLocalTime().plusHours(1), 5, Set.of(), List.of(f.learnerOfA), List.of(f.supporterA)));
                return scheduling.sessions(start.toLocalDate(), start.toLocalDate()).stream()
                        .filter(r -> r.title().equals("コーパス確認")).findFirst().orElseThrow();
            });
            world = new World(f, ids[0], ids[1], session);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void every_bad_input_gets_a_message_or_a_clean_save_and_never_an_error(Run run) {
        World w = Objects.requireNonNull(world);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        KaribuSupport.signIn(run.form().user().apply(w));
        run.form().open().accept(w);
        Scope scope = Scope.current(w);
        run.form().valid().accept(scope);
        String before = footprint(jdbc, run.form(), w);

        try (LogCapture log = LogCapture.errors()) {
            scope.enter(run.field(), run.bad());
            click(run.form().save());
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }

        List<String> messages = scope.messages();
        boolean open = scope.component() instanceof FormDialog dialog ? dialog.isOpened() : !messages.isEmpty();
        if (run.bad().mustRefuse()) {
            assertThat(open).as("refused with a message, not saved").isTrue();
        }
        if (open) {
            assertThat(messages).as("a form that did not save says why, where the user looks").isNotEmpty();
            assertThat(messages).as("every message is translated").noneMatch(m -> m.startsWith("!"));
            assertThat(footprint(jdbc, run.form(), w)).as("nothing saved half-way").isEqualTo(before);
        }
    }

    static Stream<Run> runs() throws IOException {
        List<Bad> corpus = corpus();
        List<Run> runs = new ArrayList<>();
        for (FormCase form : forms()) {
            for (Field field : form.fields()) {
                corpus.stream().filter(bad -> bad.kind() == field.kind()).forEach(bad -> runs.add(new Run(form, field, bad)));
            }
        }
        return runs.stream();
    }

    static List<FormCase> forms() {
        Function<World, TestPrincipal> coordinator = w -> w.f().coordinatorA;
        Function<World, TestPrincipal> admin = w -> w.f().admin;
        List<FormCase> forms = new ArrayList<>();
        List<Field> household = List.of(text("世帯名（姓）"), text("ふりがな"), text("校区"), text("メモ（理由の詳細）"),
                date("支援開始日"), date("支援終了日"));
        forms.add(new FormCase("new household", coordinator, w -> {
            UI.getCurrent().navigate(HouseholdsView.class);
            click("新しい世帯");
        }, s -> s.text("世帯名（姓）", "森").text("ふりがな", "もり").value("支援開始日", LocalDate.of(2026, 5, 1)),
                "保存する", w -> "select count(*) from household", household));
        forms.add(new FormCase("household edit", coordinator, w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            click("世帯を編集");
        }, s -> s.text("世帯名（姓）", "青木").text("ふりがな", "あおき"), "保存する",
                w -> "select concat_ws('|', family_name, family_name_kana, district, support_started, support_ended, "
                        + "circumstance_note, version) from household where id = " + w.f().householdA, household));
        forms.add(new FormCase("guardian", coordinator, w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            click("保護者を追加");
        }, s -> s.text("姓", "青木").text("名", "花子"), "保存する",
                w -> "select count(*) from guardian where household_id = " + w.f().householdA,
                List.of(text("姓"), text("名"), text("続柄"), text("電話番号"), text("メールアドレス"))));
        forms.add(new FormCase("learner", coordinator, w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            click("子どもを追加");
        }, s -> s.text("姓", "青木").text("名", "うみ").text("姓のふりがな", "あおき").text("名のふりがな", "うみ"), "保存する",
                w -> "select count(*) from learner where household_id = " + w.f().householdA,
                List.of(text("姓"), text("名"), text("姓のふりがな"), text("名のふりがな"), text("学級"))));
        forms.add(new FormCase("consent", coordinator, w -> {
            UI.getCurrent().navigate(HouseholdView.class, w.f().householdA);
            click("同意を記録");
        }, s -> s.text("同意した人", "青木 母"), "保存する",
                w -> "select count(*) from consent_record where household_id = " + w.f().householdA,
                List.of(text("同意した人"), date("日付"))));
        forms.add(new FormCase("match", coordinator, w -> {
            UI.getCurrent().navigate(LearnerView.class, w.learnerWithoutAccount());
            click("担い手をつなぐ");
        }, s -> s.choose("担い手", (SupporterRow row) -> row.id() == s.world.otherSupporter()), "保存する",
                w -> "select count(*) from tutoring_match where learner_id = " + w.learnerWithoutAccount(),
                List.of(date("開始日"), date("終了日"))));
        forms.add(new FormCase("shared note", coordinator,
                w -> UI.getCurrent().navigate(LearnerView.class, w.learnerWithoutAccount()), s -> { }, "担い手に共有する",
                w -> "select count(*) from shared_note where learner_id = " + w.learnerWithoutAccount(),
                List.of(text("共有するメモ"))));
        forms.add(new FormCase("learner's school account", coordinator,
                w -> UI.getCurrent().navigate(LearnerView.class, w.learnerWithoutAccount()),
                s -> s.text("ユーザー名", "corpus-school-child"), "学校アカウントをつなぐ",
                w -> "select count(*) from account where username like 'corpus-%'",
                List.of(text("ユーザー名"), text("学校アカウントのメールアドレス"))));
        forms.add(new FormCase("supporter", coordinator, w -> {
            UI.getCurrent().navigate(SupportersView.class);
            click("担い手を追加");
        }, s -> s.text("姓", "学生").text("名", "六郎"), "保存する", w -> "select count(*) from supporter",
                List.of(text("姓"), text("名"), text("所属（大学など）"), text("学部"), text("メールアドレス"), text("電話番号"))));
        forms.add(new FormCase("school", coordinator, w -> {
            UI.getCurrent().navigate(SchoolsView.class);
            click("学校を追加");
        }, s -> { }, "保存する", w -> "select count(*) from school", List.of(text("学校"))));
        forms.add(new FormCase("teacher", admin, // teachers come from an administrator (issue 8, point 9)
                w -> {
            UI.getCurrent().navigate(SchoolsView.class);
            @SuppressWarnings("unchecked")
            Grid<SchoolRow> grid = LocatorJ._get(Grid.class, spec -> spec.withPredicate(Component::isVisible));
            grid.asSingleSelect().setValue(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                    .filter(row -> row.id() == w.f().school).findFirst().orElseThrow());
            click("先生を追加");
        }, s -> s.text("姓", "教員").text("名", "五郎").text("ユーザー名", "corpus-teacher")
                .text("学校アカウントのメールアドレス", "corpus-teacher@example.jp"), "保存する",
                w -> "select count(*) from teacher",
                List.of(text("姓"), text("名"), text("ユーザー名"), text("学校アカウントのメールアドレス"))));
        forms.add(new FormCase("organisation", admin, w -> {
            UI.getCurrent().navigate(OrganisationsView.class);
            click("団体を追加");
        }, s -> { }, "保存する", w -> "select count(*) from organisation", List.of(text("団体"))));
        forms.add(new FormCase("site", admin, inOrganisationRow("拠点を追加"), s -> s.text("拠点", "コーパス教室"), "保存する",
                w -> "select count(*) from site", List.of(text("拠点"), text("住所"))));
        forms.add(new FormCase("coordinator", admin, inOrganisationRow("コーディネーターを追加"), s -> { }, "保存する",
                w -> "select count(*) from organisation_coordinator", List.of(text("ユーザー名"))));
        forms.add(new FormCase("target", admin, inOrganisationRow("目標を設定"), s -> s.value("支援世帯の目標", 10), "保存する",
                w -> "select concat_ws('|', count(*), sum(households)) from organisation_target",
                List.of(number("支援した年度"), number("支援世帯の目標"))));
        forms.add(new FormCase("series", coordinator, w -> {
            UI.getCurrent().navigate(SessionsView.class);
            click(UI.getCurrent().getTranslation("sessions.new-series"));
        }, s -> s.text("名前", "コーパス").text("会議のリンク（オンラインのとき）", "https://meet.example.jp/c"), "保存する",
                w -> "select count(*) from tutoring_session where organisation_id = " + w.f().organisationA,
                List.of(text("名前"), text("会議のリンク（オンラインのとき）"), date("開始日"), date("終了日"), time("開始時刻"),
                        time("終了時刻"), number("定員"), number("遅刻とする時間（開始から何分後）"))));
        forms.add(new FormCase("cancel a date", coordinator,
                w -> DateDialogs.cancel(scheduling(), w.session(), () -> { }).open(), s -> { }, "保存する",
                w -> "select coalesce(cancelled_reason, '-') from tutoring_session where id = " + w.session().id(),
                List.of(text("中止の理由（子どもに表示されます）"))));
        forms.add(new FormCase("board plan", coordinator,
                w -> BoardDialogs.plan(board(), w.session().id(), child(w), () -> { }).open(), s -> { }, "保存する",
                w -> "select concat_ws('|', count(*), max(plan), max(private_note)) from session_plan where session_id = "
                        + w.session().id(), List.of(text("きょうやること（子どもに見えます）"), text("メモ（担い手だけ）"))));
        forms.add(new FormCase("attendance correction", coordinator,
                w -> BoardDialogs.correction(board(), w.session().id(), child(w), () -> { }).open(), s -> { }, "保存する",
                w -> "select count(*) from attendance_correction", List.of(text("理由"))));
        forms.add(new FormCase("outcome value", coordinator,
                w -> UI.getCurrent().navigate(jp.manabiba.outcomes.ui.ManualValuesView.class), s -> s.value("値", 5),
                "記録する", w -> "select count(*) from indicator_manual_value", List.of(number("値"), text("メモ"))));
        return forms;
    }

    private static Field text(String label) {
        return new Field(label, Kind.TEXT);
    }

    private static Field date(String label) {
        return new Field(label, Kind.DATE);
    }

    private static Field time(String label) {
        return new Field(label, Kind.TIME);
    }

    private static Field number(String label) {
        return new Field(label, Kind.NUMBER);
    }

    private static Consumer<World> inOrganisationRow(String button) {
        return w -> {
            UI.getCurrent().navigate(OrganisationsView.class);
            Grid<?> grid = LocatorJ._get(Grid.class);
            int row = IntStream.range(0, GridKt._size(grid))
                    .filter(i -> ((OrganisationRow) GridKt._get(grid, i)).id() == w.f().organisationA).findFirst().orElseThrow();
            Component cell = GridKt._getCellComponent(grid, row, "actions");
            _click(cell instanceof Button b && b.getText().equals(button) ? b
                    : LocatorJ._get(cell, Button.class, spec -> spec.withText(button)));
        };
    }

    private static Scheduling scheduling() {
        return Objects.requireNonNull(spring).getBean(Scheduling.class);
    }

    private static SessionBoard board() {
        return Objects.requireNonNull(spring).getBean(SessionBoard.class);
    }

    private static BoardState.Child child(World w) {
        return new Acting(Objects.requireNonNull(spring)).as(w.f().coordinatorA, () -> board().board(w.session().id()))
                .children().getFirst();
    }

    private static String footprint(JdbcTemplate jdbc, FormCase form, World w) {
        return String.valueOf(jdbc.queryForObject(form.footprint().apply(w), String.class));
    }

    private static void click(String text) {
        _click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }

    /** The corpus, read from the test resources. */
    static List<Bad> corpus() throws IOException {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-input/corpus.txt")) {
            String text = new String(Objects.requireNonNull(in, "bad-input/corpus.txt").readAllBytes(), StandardCharsets.UTF_8);
            List<Bad> corpus = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ?", 4);
                corpus.add(new Bad(Kind.valueOf(parts[0].strip().toUpperCase()), parts[1].strip().equals("refuse"),
                        parts[2].strip(), unescape(parts.length > 3 ? parts[3] : "")));
            }
            return corpus;
        }
    }

    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(.+?):(\\d+)}");

    static String unescape(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        Matcher repeat = REPEAT.matcher(out);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(expanded);
        return expanded.toString();
    }

    /** The open dialog, or the view when the form is part of a page; fields found by their visible labels. */
    static final class Scope {

        final Component component;
        final World world;

        private Scope(Component component, World world) {
            this.component = component;
            this.world = world;
        }

        static Scope current(World world) {
            return new Scope(LocatorJ._find(FormDialog.class).stream().filter(FormDialog::isOpened)
                    .map(Component.class::cast).findFirst().orElseGet(KaribuSupport::currentView), world);
        }

        Component component() {
            return component;
        }

        Component find(String label) {
            return LocatorJ._get(component, Component.class, spec -> spec.withLabel(label));
        }

        Scope text(String label, String value) {
            return value(label, value);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Scope value(String label, @Nullable Object value) {
            _setValue((HasValue) find(label), value);
            return this;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        <T> Scope choose(String label, java.util.function.Predicate<T> item) {
            ComboBox box = (ComboBox) find(label);
            List<T> items = ComboBoxKt.getSuggestionItems(box);
            _setValue(box, items.stream().filter(item).findFirst().orElseThrow());
            return this;
        }

        /** Types text as a user would; dates, times and numbers arrive as the browser sends them (or a forger). */
        void enter(Field field, Bad bad) {
            Component target = find(field.label());
            switch (field.kind()) {
                case TEXT -> value(field.label(), bad.value());
                case DATE, TIME, NUMBER -> {
                    assertThat(target).isInstanceOfAny(DatePicker.class, TimePicker.class, IntegerField.class);
                    try {
                        target.getElement().getNode().getFeature(ElementPropertyMap.class)
                                .deferredUpdateFromClient("value", bad.value()).run();
                    } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        /** The refusals shown: on fields, in the dialog's or section's banner, in notifications. */
        List<String> messages() {
            List<String> shown = new ArrayList<>();
            LocatorJ._find(component, Component.class).stream()
                    .filter(c -> c instanceof HasValidation v && v.isInvalid())
                    .forEach(c -> shown.add(String.valueOf(((HasValidation) c).getErrorMessage())));
            LocatorJ._find(component, Div.class, spec -> spec.withClasses("form-refusal")).stream()
                    .filter(Component::isVisible).forEach(d -> shown.add(d.getText()));
            shown.addAll(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", ""))
                    .filter(text -> !text.equals(component.getTranslation("form.saved"))).toList());
            return shown;
        }
    }
}
