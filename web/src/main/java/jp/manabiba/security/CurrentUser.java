package jp.manabiba.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in account of the current request or UI, whichever way it signed in. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
