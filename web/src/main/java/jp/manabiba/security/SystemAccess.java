package jp.manabiba.security;

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

    private final SecurityContextHolderStrategy security;

    SystemAccess(ObjectProvider<SecurityContextHolderStrategy> security) {
        // the application's own strategy (Vaadin's), not the JVM-wide static one another context may have set
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T asAdministrator(Supplier<T> work) {
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority()))));
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
