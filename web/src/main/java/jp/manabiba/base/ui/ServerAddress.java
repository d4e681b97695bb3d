package jp.manabiba.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address people type to reach Manabiba, as this browser reached it: for sign-in cards and calendar links. */
public final class ServerAddress {

    private ServerAddress() {
    }

    /** Scheme, host and port of the current request, e.g. {@code https://manabiba.example.jp}; empty outside one. */
    public static String origin() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : request.getHttpServletRequest().getRequestURL().toString()
                .replaceAll("^(https?://[^/]+).*$", "$1");
    }
}
