package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The reminders as received by an SMTP server started in the test (GreenMail, on a free port): a supporter whose
 * safeguarding module runs out within 60 days is told once, with the module and the day; the coordinator's digest
 * lists who is blocked and who expires. The shared application context has no mail server (reminders off there).
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingRemindersTest {

    private static final String PARENT_MAIL = "remind-parent@example.org";
    private static final String COORDINATOR_MAIL = "remind-coordinator@example.org";

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingReminders reminders;
    @Autowired
    TrainingRecords records;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    Readiness readiness;

    GreenMail smtp;
    JavaMailSenderImpl sender;
    PeopleFixture f;
    Acting acting;
    LocalDate expires;

    @BeforeAll
    void smtpAndSupporters() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        f = new PeopleFixture(context, "remind");
        acting = new Acting(context);
        LocalDate today = readiness.today();
        long parent = parent("期限", PARENT_MAIL);
        complete(parent, "child-safeguarding", today.minusMonths(24).plusDays(30));
        complete(parent, "personal-data", today);
        expires = today.minusMonths(24).plusDays(30).plusMonths(24);
        parent("未受講", null);
        context.getBean(SystemAccess.class).asAdministrator(() -> {
            long account = context.getBean(AccountAdministration.class).create(new NewAccount("remind-coordinator",
                    "通知 係", COORDINATOR_MAIL, "fixture-password", Set.of(Role.COORDINATOR)));
            context.getBean(NetworkDirectory.class).addCoordinator(f.organisationA, account);
        });
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_supporter_is_told_once_which_module_runs_out_and_when() throws Exception {
        reminders.sendExpiryReminders(sender);
        List<MimeMessage> received = to(PARENT_MAIL);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).isEqualTo("【学び場】研修の期限が近づいています");
        String text = (String) mail.getContent();
        assertThat(text).contains("期限 花子 さん").contains("子どもを守る：打ち明けられたときの対応")
                .contains(expires.format(DateTimeFormatter.ofPattern("y年M月d日")));
        assertThat(text).doesNotContain("子どもと家庭の個人情報を守る");

        reminders.sendExpiryReminders(sender);
        assertThat(to(PARENT_MAIL)).as("once per completion").hasSize(1);
    }

    @Test
    void the_coordinators_digest_lists_blocked_and_expiring_supporters() throws Exception {
        reminders.sendDigests(sender);
        List<MimeMessage> received = to(COORDINATOR_MAIL);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("【学び場】担い手の研修の状況（remind 団体A）");
        String text = (String) received.getFirst().getContent();
        assertThat(text).contains("通知 係 さん").contains("未受講 花子：足りない研修")
                .contains("期限 花子：子どもを守る：打ち明けられたときの対応が");
    }

    @Test
    void without_an_smtp_server_configured_the_scheduled_jobs_send_nothing_and_fail_nothing() {
        int before = smtp.getReceivedMessages().length;
        reminders.remindOnOneNode();
        reminders.digestOnOneNode();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private long parent(String familyName, String email) {
        return acting.as(f.coordinatorA, () -> supporters.create(f.organisationA,
                new SupporterDetails(SupporterCategory.PARENT, familyName, "花子", null, null, email, null)));
    }

    private void complete(long supporter, String code, LocalDate on) {
        long module = context.getBean(TrainingModuleRepository.class).findByCode(code).orElseThrow().id();
        acting.as(f.coordinatorA, () -> records.recordCompletion(supporter, module, on, null));
    }
}
