package jp.manabiba.demo;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jp.manabiba.people.Participants;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's people doing their part through the real services (setting work, answering, reviewing), so that
 * the demo's records obey every rule a signed-in user meets. Only the demo uses it, only at its start, and only
 * for the demo's own accounts, each with the one role it was made with.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoActors {

    private final AccountAdministration accounts;
    private final Participants participants;
    private final SystemAccess system;
    private final SecurityContextHolderStrategy security;

    DemoActors(AccountAdministration accounts, Participants participants, SystemAccess system,
               ObjectProvider<SecurityContextHolderStrategy> security) {
        this.accounts = accounts;
        this.participants = participants;
        this.system = system;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The demo account of that name, when it exists with that role. */
    Optional<Actor> find(String username, Role role) {
        return system.asAdministrator(() -> accounts.idOf(username).filter(id -> accounts.hasRole(id, role))
                .map(id -> new Actor(id, username, role)));
    }

    /** The learner record of a demo child's account. */
    long learnerOf(Actor child) {
        return system.asAdministrator(() -> participants.learnerIdOfAccount(child.accountId()).orElseThrow());
    }

    <T> T as(Actor actor, Supplier<T> work) {
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                actor, null, AuthorityUtils.createAuthorityList(actor.role().authority()))));
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }

    void as(Actor actor, Runnable work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }

    /** A demo account as a signed-in principal. */
    record Actor(long accountId, String username, Role role) implements AccountPrincipal {

        @Override
        public String displayName() {
            return username;
        }

        @Override
        public Set<Role> roles() {
            return Set.of(role);
        }
    }
}
