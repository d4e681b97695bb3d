package jp.manabiba.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, points 1 and 2, on every screen of every role's menu: Vaadin's own texts are set (in Japanese), each
 * screen has one level-one heading with its title, and every grid column has a header a screen reader can say.
 */
class ComponentTextsTest extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "coordinator", "tutor", "volunteer", "teacher", "learner"})
    void every_screen_of_the_menu_has_its_components_texts_one_title_and_named_columns(String user) {
        KaribuSupport.signIn(TestPrincipal.demo(context, user));
        UI.getCurrent().navigate("");
        List<String> routes = Stream.concat(Stream.of(""),
                tree(UI.getCurrent()).filter(SideNavItem.class::isInstance).map(item -> ((SideNavItem) item).getPath())
                        .filter(path -> path != null)) // a menu heading opens no screen
                .distinct().toList();
        assertThat(routes).hasSizeGreaterThan(1);

        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            UI.getCurrent().navigate(route);
            problems.addAll(problems("/" + route));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void the_sign_in_pages_have_their_components_texts() {
        UI.getCurrent().navigate("login");
        assertThat(withoutTexts()).as("/login").isEmpty();
        UI.getCurrent().navigate("login", QueryParameters.of("learner", ""));
        assertThat(withoutTexts()).as("/login?learner").isEmpty();
    }

    @Test
    void a_form_dialog_gets_its_fields_texts_when_it_opens() {
        KaribuSupport.signIn(TestPrincipal.demo(context, "coordinator"));
        FormDialog dialog = new FormDialog("form.save", form -> { });
        DateField date = dialog.field("date", new DateField());
        TextField name = dialog.field("name", new TextField());

        dialog.open();
        MockVaadin.clientRoundtrip(false); // Vaadin attaches an opened dialog before its next response

        assertThat(ComponentTexts.hasTexts(date)).isTrue();
        assertThat(ComponentTexts.hasTexts(name)).isTrue();
        assertThat(name.getI18n().getRequiredErrorMessage()).isEqualTo("入力してください。");
    }

    private static List<String> problems(String route) {
        List<String> problems = new ArrayList<>(withoutTexts().stream().map(type -> route + ": no texts on " + type).toList());
        List<H1> headings = tree(UI.getCurrent()).filter(H1.class::isInstance).map(H1.class::cast).toList();
        if (headings.size() != 1 || headings.getFirst().getText().isBlank()) {
            problems.add(route + ": " + headings.size() + " level-one headings " + headings.stream().map(H1::getText).toList());
        }
        tree(UI.getCurrent()).filter(Grid.class::isInstance).map(grid -> (Grid<?>) grid)
                .flatMap(grid -> grid.getColumns().stream())
                .filter(column -> (column.getHeaderText() == null || column.getHeaderText().isBlank())
                        && column.getHeaderComponent() == null)
                .forEach(column -> problems.add(route + ": a grid column without a header"));
        return problems;
    }

    private static List<String> withoutTexts() {
        return tree(UI.getCurrent()).filter(component -> !ComponentTexts.hasTexts(component))
                .map(component -> component.getClass().getName()).distinct().toList();
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ComponentTextsTest::tree));
    }
}
