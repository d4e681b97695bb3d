package jp.manabiba.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * Work that no signed-in user starts (seeding at start-up, scheduled jobs) runs as the system administrator,
 * so that the services' role checks hold for it too.
 */
@Component
public class SystemAccess {

    /** The system as a principal: an administrator that is no account (id 0). */
    private static final AccountPrincipal SYSTEM = new AccountPrincipal() {
        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String username() {
            return "system";
        }

        @Override
        public String displayName() {
            return "system";
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.ADMIN);
        }
    };

    private final SecurityContextHolderStrategy security;

    SystemAccess(ObjectProvider<SecurityContextHolderStrategy> security) {
        // the application's own strategy (Vaadin's), not the JVM-wide static one another context may have set
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T asAdministrator(Supplier<T> work) {
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                SYSTEM, null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority()))));
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }

    public void asAdministrator(Runnable work) {
        asAdministrator(() -> {
            work.run();
            return null;
        });
    }
}
