package jp.manabiba.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served: from Spring's request context, else Vaadin's (a UI
 * event that came over the push connection). Behind a proxy this is the proxy's, unless the operator sets
 * {@code server.forward-headers-strategy} (README). None for the system's own work (jobs, start-up).
 */
final class ClientAddress {

    static final int MAX = 45;

    private ClientAddress() {
    }

    static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return bounded(attributes.getRequest().getRemoteAddr());
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : bounded(vaadin.getRemoteAddr());
    }

    static @Nullable String bounded(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return address.length() > MAX ? address.substring(0, MAX) : address;
    }
}
