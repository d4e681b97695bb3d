package jp.manabiba.base.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import jp.manabiba.home.ui.AdminHomeView;
import jp.manabiba.home.ui.CoordinatorHomeView;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.home.ui.SupporterHomeView;
import jp.manabiba.home.ui.TeacherHomeView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.security.ui.LoginView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role lands on its own home and sees exactly its own menu, with its entries folded under their headings. */
class RoleNavigationTest extends KaribuTest {

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("learner", LearnerHomeView.class, List.of("ホーム", "アンケート", "せってい")),
                Arguments.of("tutor", SupporterHomeView.class, supporter()),
                Arguments.of("volunteer", SupporterHomeView.class, supporter()),
                Arguments.of("teacher", TeacherHomeView.class, List.of("教員ホーム",
                        LEARNING, under(LEARNING, "課題", "採点待ち", "課題の結果", "ESDの単元", "ESDの成長"),
                        "アンケート", "アカウント")),
                Arguments.of("coordinator", CoordinatorHomeView.class, List.of("コーディネーターホーム", "セッション",
                        PEOPLE, under(PEOPLE, "世帯", "担い手", "名簿の取り込み", "学校"),
                        TRAINING, under(TRAINING, "研修の状況", "研修会", "修了証の確認", "修了証の照会"),
                        LEARNING, under(LEARNING, "課題", "採点待ち", "課題の結果", "課題の提出率", "ESDの単元", "ESDの成長"),
                        "成果", "アンケート調査", "研究用データ", "アカウント")),
                Arguments.of("admin", AdminHomeView.class, List.of("管理ホーム", "セッション",
                        PEOPLE, under(PEOPLE, "世帯", "担い手", "名簿の取り込み", "学校"),
                        TRAINING, under(TRAINING, "研修の状況", "研修会", "修了証の確認", "修了証の照会", "研修の設定", "研修の目標"),
                        LEARNING, under(LEARNING, "課題の提出率", "ESDの単元", "ESDの成長"),
                        SYSTEM, under(SYSTEM, "団体", "アカウント管理", "アクセス記録"),
                        "成果", "アンケート調査", "研究用データ", "アカウント")));
    }

    private static final String PEOPLE = "人と学校";
    private static final String TRAINING = "担い手の研修";
    private static final String LEARNING = "子どもの学び";
    private static final String SYSTEM = "システム管理";

    /** A tutor's or volunteer's menu: home and sessions on top, the children's work and ESD folded under one heading. */
    private static List<Object> supporter() {
        return List.of("担い手ホーム", "わたしの研修", "セッション",
                LEARNING, under(LEARNING, "課題", "採点待ち", "課題の結果", "ESDの単元", "ESDの成長"),
                "アンケート", "アカウント");
    }

    private static List<String> under(String heading, String... entries) {
        return Stream.of(entries).map(entry -> heading + NavigationMenu.NESTED + entry).toList();
    }

    private static List<String> flat(List<?> menu) {
        return menu.stream().flatMap(item -> item instanceof List<?> nested
                ? nested.stream().map(String.class::cast) : Stream.of((String) item)).toList();
    }

    @ParameterizedTest(name = "{0} lands on {1} and sees {2}")
    @MethodSource("roles")
    void each_role_lands_on_its_home_and_sees_only_its_menu(String user, Class<?> home, List<?> menu) {
        KaribuSupport.signIn(TestPrincipal.demo(context, user));

        UI.getCurrent().navigate("");

        assertThat(KaribuSupport.currentView()).isInstanceOf(home);
        MainLayout layout = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
        assertThat(layout.navigationLabels()).containsExactlyElementsOf(flat(menu));
    }

    @Test
    void someone_not_signed_in_is_sent_to_the_sign_in_page() {
        UI.getCurrent().navigate("coordinator");

        assertThat(KaribuSupport.currentView()).isInstanceOf(LoginView.class);
    }
}
