package jp.manabiba.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

/** The administrator's CSV export of the audit log: filtered, readable by Excel, naming records only by number. */
@ManabibaTest
class AuditExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_export_holds_the_filtered_entries_as_utf8_csv_with_a_byte_order_mark() {
        context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(AccountAdministration.class)
                .create(new NewAccount("audit-export-admin", "監査", null, "fixture-password", Set.of(Role.ADMIN))));
        TestPrincipal admin = TestPrincipal.demo(context, "audit-export-admin");
        Acting acting = new Acting(context);
        acting.as(admin, () -> transactions.executeWithoutResult(status ->
                audit.record(AuditAction.READ, "household", 4242, "export-test")));

        String csv = acting.as(admin, () -> {
            StringWriter out = new StringWriter();
            try {
                audit.exportCsv(new AuditFilter("audit-export-admin", null, null, null), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });

        assertThat(csv).startsWith("\uFEFFat,actor,action,record_type,record_id,screen");
        assertThat(csv.lines().skip(1)).singleElement().satisfies(line ->
                assertThat(line).contains("audit-export-admin,READ,household,4242,export-test"));
    }
}
