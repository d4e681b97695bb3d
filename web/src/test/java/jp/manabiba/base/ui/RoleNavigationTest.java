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

/** Each role lands on its own home and sees exactly its own menu. */
class RoleNavigationTest extends KaribuTest {

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("learner", LearnerHomeView.class, List.of("ホーム", "アンケート", "せってい")),
                Arguments.of("tutor", SupporterHomeView.class, List.of("担い手ホーム", "わたしの研修", "セッション", "課題", "採点待ち", "課題の結果", "ESDの単元", "ESDの成長", "アンケート", "アカウント")),
                Arguments.of("volunteer", SupporterHomeView.class, List.of("担い手ホーム", "わたしの研修", "セッション", "課題", "採点待ち", "課題の結果", "ESDの単元", "ESDの成長", "アンケート", "アカウント")),
                Arguments.of("teacher", TeacherHomeView.class, List.of("教員ホーム", "課題", "採点待ち", "課題の結果", "ESDの単元", "ESDの成長", "アンケート", "アカウント")),
                Arguments.of("coordinator", CoordinatorHomeView.class, List.of("コーディネーターホーム", "セッション", "世帯", "担い手", "名簿の取り込み", "学校", "研修の状況", "研修会", "修了証の確認", "修了証の照会", "課題", "採点待ち", "課題の結果", "課題の提出率", "ESDの単元", "ESDの成長", "成果", "アンケート調査", "研究用データ", "アカウント")),
                Arguments.of("admin", AdminHomeView.class, List.of("管理ホーム", "セッション", "世帯", "担い手", "名簿の取り込み", "学校", "研修の状況", "研修会", "修了証の確認", "修了証の照会", "課題の提出率", "ESDの単元", "ESDの成長", "団体", "アカウント管理", "研修の設定", "研修の目標", "アクセス記録", "成果", "アンケート調査", "研究用データ", "アカウント")));
    }

    @ParameterizedTest(name = "{0} lands on {1} and sees {2}")
    @MethodSource("roles")
    void each_role_lands_on_its_home_and_sees_only_its_menu(String user, Class<?> home, List<String> menu) {
        KaribuSupport.signIn(TestPrincipal.demo(context, user));

        UI.getCurrent().navigate("");

        assertThat(KaribuSupport.currentView()).isInstanceOf(home);
        MainLayout layout = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
        assertThat(layout.navigationLabels()).containsExactlyElementsOf(menu);
    }

    @Test
    void someone_not_signed_in_is_sent_to_the_sign_in_page() {
        UI.getCurrent().navigate("coordinator");

        assertThat(KaribuSupport.currentView()).isInstanceOf(LoginView.class);
    }
}
