package jp.manabiba.security.ui;

import java.time.Duration;
import java.util.Arrays;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;

/**
 * A device a child has signed in on (their GIGA School Chromebook) shows the children's sign-in next time, in kana,
 * even after an idle sign-out. The cookie says only that: no name, no account.
 */
public final class LearnerDevice {

    static final String COOKIE = "manabiba-learner-device";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private LearnerDevice() {
    }

    /** Called on a child's home: remembers, for the sign-in page, that a child uses this device. */
    public static void remember() {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null || isLearnerDevice()) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, "1");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public static boolean isLearnerDevice() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
    }
}
