package jp.manabiba.testing;

import java.util.function.Supplier;

import jp.manabiba.security.TestPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** Calls services as a given signed-in user, through the application's own security-context strategy. */
public final class Acting {

    private final SecurityContextHolderStrategy security;

    public Acting(ApplicationContext context) {
        this.security = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T as(TestPrincipal user, Supplier<T> call) {
        security.setContext(new SecurityContextImpl(user.authentication()));
        try {
            return call.get();
        } finally {
            security.clearContext();
        }
    }

    public void as(TestPrincipal user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }
}
