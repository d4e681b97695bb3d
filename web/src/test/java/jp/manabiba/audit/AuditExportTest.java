package jp.manabiba.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's CSV export of the audit log: filtered, readable by Excel, in the reader's language with
 * Japan's times, naming records only by number.
 */
@ManabibaTest
class AuditExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    private Acting acting;

    @Test
    void the_export_is_utf8_with_a_byte_order_mark_in_the_readers_language_with_tokyo_times() {
        TestPrincipal admin = admin("audit-export-admin");
        acting.as(admin, () -> transactions.executeWithoutResult(status ->
                audit.record(AuditAction.READ, "household", 4242, "household-page")));

        String csv = export(admin, "audit-export-admin", Locale.JAPANESE);

        assertThat(csv).startsWith("\uFEFF日時,ユーザー,操作,記録の種類,記録番号,画面,接続元アドレス\r\n");
        assertThat(csv.lines().skip(1)).singleElement().satisfies(line -> {
            assertThat(line).endsWith("audit-export-admin,閲覧,世帯,4242,世帯のページ,");
            assertThat(line).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00,.*");
        });
    }

    @Test
    void an_english_readers_export_has_english_headers_and_kinds() {
        TestPrincipal admin = admin("audit-export-admin-en");
        acting.as(admin, () -> transactions.executeWithoutResult(status ->
                audit.record(AuditAction.CHANGE, "household", 4243, "consent-form")));

        String csv = export(admin, "audit-export-admin-en", Locale.ENGLISH);

        assertThat(csv).startsWith("\uFEFFWhen,User,Action,Record type,Record number,Screen,Client address\r\n");
        assertThat(csv.lines().skip(1)).singleElement()
                .satisfies(line -> assertThat(line).endsWith("audit-export-admin-en,Changed,Household,4243,Consent form,"));
    }

    private TestPrincipal admin(String username) {
        context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(AccountAdministration.class)
                .create(new NewAccount(username, "監査", null, "fixture-password", Set.of(Role.ADMIN))));
        acting = new Acting(context);
        return TestPrincipal.demo(context, username);
    }

    private String export(TestPrincipal admin, String actor, Locale locale) {
        return acting.as(admin, () -> {
            StringWriter out = new StringWriter();
            try {
                audit.exportCsv(new AuditFilter(actor, null, null, null), locale, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
    }
}
