package jp.manabiba.demo;

import java.util.List;
import java.util.Set;

import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.SiteKind;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * On a run with no configuration, fills an empty database with a small demo programme and prints how to sign
 * in. It never runs twice on the same data, and never under the production profile.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "manabiba-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private static final List<NewAccount> ACCOUNTS = List.of(
            local("admin", "管理 太郎", Role.ADMIN),
            local("coordinator", "調整 花子", Role.COORDINATOR),
            local("tutor", "大学 さくら", Role.TUTOR),
            local("tutor2", "学生 健太", Role.TUTOR),
            local("volunteer", "保育 みどり", Role.VOLUNTEER),
            local("teacher", "先生 一郎", Role.TEACHER),
            local("learner", "山田 ひなた", Role.LEARNER),
            local("learner2", "佐藤 ゆうき", Role.LEARNER),
            local("learner3", "グエン アン", Role.LEARNER));

    private final AccountAdministration accounts;
    private final NetworkDirectory network;
    private final SystemAccess system;

    DemoDataSeeder(AccountAdministration accounts, NetworkDirectory network, SystemAccess system) {
        this.accounts = accounts;
        this.network = network;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.asAdministrator(() -> {
            if (!accounts.anyAccountExists()) {
                seed();
            }
        });
        printSignInNames();
    }

    private void seed() {
        ACCOUNTS.forEach(accounts::create);
        long organisation = network.addOrganisation("高槻こども居場所ネット（デモ）");
        network.addSite(organisation, "みんなの食堂 とんだ", SiteKind.CHILDRENS_CAFETERIA, "高槻市富田町");
        network.addSite(organisation, "まなびルーム あくたがわ", SiteKind.LEARNING_ROOM, "高槻市芥川町");
        long partner = network.addOrganisation("子育てひろば ぽかぽか（デモ）");
        network.addSite(partner, "ぽかぽか 公民館", SiteKind.COMMUNITY_HALL, "高槻市城北町");
        log.info("Demo data created: {} accounts, 2 organisations, 3 sites", ACCOUNTS.size());
    }

    private static void printSignInNames() {
        String names = String.join(", ", ACCOUNTS.stream().map(NewAccount::username).toList());
        log.info("""

                ================================================================
                 Manabiba demo: sign in as one of
                   {}
                 with the password: {}
                ================================================================""", names, PASSWORD);
    }

    private static NewAccount local(String username, String displayName, Role role) {
        return new NewAccount(username, displayName, null, PASSWORD, Set.of(role));
    }
}
