package jp.manabiba.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in account of the current request or UI, whichever way it signed in. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy security;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> security) {
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AccountPrincipal> find() {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
