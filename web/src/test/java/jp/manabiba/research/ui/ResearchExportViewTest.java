package jp.manabiba.research.ui;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The research export screen: the key refused at its field, the file made and offered, reviews, and who may open it. */
class ResearchExportViewTest extends KaribuTest {

    private static PeopleFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new PeopleFixture(context, "research-view");
            new Acting(context).as(f.coordinatorA, () -> context.getBean(HouseholdRecords.class).recordConsent(f.householdA,
                    ConsentPurpose.RESEARCH, true, "青木 母", ConsentMethod.ORAL, LocalDate.of(2026, 4, 1)));
        }
    }

    @Test
    void a_short_key_is_refused_at_the_key_field_and_a_good_one_makes_a_file_to_download_and_is_not_kept() {
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(ResearchExportView.class);
        PasswordField key = LocatorJ._get(PasswordField.class);

        _setValue(key, "みじかい鍵");
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("research-make")));

        assertThat(key.isInvalid()).isTrue();
        assertThat(key.getErrorMessage()).isEqualTo("鍵は16文字以上にしてください");
        assertThat(key.getValue()).isEmpty();
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withClasses("export-link"))).isEmpty();

        _setValue(key, "画面試験のための長い鍵です-view-2026");
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("research-make")));

        assertThat(key.isInvalid()).isFalse();
        assertThat(key.getValue()).isEmpty();
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withClasses("research-result")).getText()).contains("1人分");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withClasses("export-link")).getText()).contains(".xlsx");
    }

    @Test
    void ticking_a_field_records_the_review_with_who_and_unticking_takes_it_back() {
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(ResearchExportView.class);

        _setValue(LocatorJ._get(Checkbox.class, spec -> spec.withClasses("research-field-school_district")), true);

        assertThat(LocatorJ._get(Checkbox.class, spec -> spec.withClasses("research-field-school_district")).getValue()).isTrue();
        assertThat(LocatorJ._find(Span.class, spec -> spec.withClasses("research-reviewed-by")))
                .anySatisfy(by -> assertThat(by.getText()).startsWith("確認: research-view-coord-a"));

        _setValue(LocatorJ._get(Checkbox.class, spec -> spec.withClasses("research-field-school_district")), false);

        assertThat(LocatorJ._find(Span.class, spec -> spec.withClasses("research-reviewed-by")))
                .allSatisfy(by -> assertThat(by.getText()).isEqualTo("未確認（データに入りません）"));
    }

    @Test
    void teachers_tutors_children_and_volunteers_are_shown_the_access_denied_page() {
        for (String user : new String[] {"teacher", "tutor", "learner", "volunteer"}) {
            KaribuSupport.signIn(TestPrincipal.demo(context, user));
            UI.getCurrent().navigate("research");
            assertThat(KaribuSupport.currentView()).as(user).isInstanceOf(AccessDeniedView.class);
        }
        KaribuSupport.signIn(TestPrincipal.demo(context, "admin"));
        UI.getCurrent().navigate("research");
        assertThat(KaribuSupport.currentView()).isInstanceOf(ResearchExportView.class);
    }
}
