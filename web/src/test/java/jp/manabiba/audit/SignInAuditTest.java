package jp.manabiba.audit;

import java.util.List;
import java.util.Set;

import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins, refused ones and those refused while the account rests, in the audit log with the client address. */
@ManabibaTest
class SignInAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void a_sign_in_and_a_wrong_password_are_audited_with_the_client_address() throws Exception {
        long account = context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(AccountAdministration.class)
                .create(new NewAccount("audit-sign-in", "監査 太郎", null, "audit-password-1", Set.of(Role.LEARNER))));

        new BrowserlessClient(port).signIn("audit-sign-in", "not-the-password");
        new BrowserlessClient(port).signIn("audit-sign-in", "audit-password-1");

        List<AuditRow> entries = entries("audit-sign-in");
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(entry.recordType()).isEqualTo("account");
            assertThat(entry.recordId()).isEqualTo(account);
            assertThat(entry.screen()).isEqualTo("sign-in");
            assertThat(entry.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(entry.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
    }

    @Test
    void an_attempt_while_the_account_rests_is_audited_as_a_lock_out() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.23");
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("audit-resting", "x");
        attempt.setDetails(new WebAuthenticationDetails(request));

        events.publishEvent(new AuthenticationFailureLockedEvent(attempt, new LockedException("resting")));

        assertThat(entries("audit-resting")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_LOCKED);
            assertThat(entry.clientAddress()).isEqualTo("198.51.100.23");
            assertThat(entry.screen()).isEqualTo("sign-in");
        });
    }

    @Test
    void wrong_passwords_until_the_name_rests_end_in_a_lock_out_entry() throws Exception {
        context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(AccountAdministration.class)
                .create(new NewAccount("audit-rests", "監査 次郎", null, "audit-password-2", Set.of(Role.LEARNER))));

        for (int attempt = 0; attempt < 8; attempt++) {
            new BrowserlessClient(port).signIn("audit-rests", "wrong-" + attempt);
        }

        assertThat(entries("audit-rests")).anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_LOCKED));
    }

    private List<AuditRow> entries(String actor) {
        return new Acting(context).as(TestPrincipal.demo(context, "admin"),
                () -> audit.search(new AuditFilter(actor, "account", null, null), 0, 50));
    }
}
