package jp.manabiba.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.manabiba.security.ui.LoginView;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused password sign-in goes back to the sign-in page with the reason in the session (as Spring's own handler
 * does) and with the name that was typed, so nobody types it twice; the children's sign-in stays the children's.
 */
public final class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** The session attribute holding the name typed in the refused attempt; the sign-in page reads it once. */
    public static final String TYPED_NAME = "manabiba.sign-in.typed-name";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        saveException(request, exception);
        String typed = request.getParameter("username");
        if (typed != null) {
            HttpSession session = request.getSession();
            session.setAttribute(TYPED_NAME, typed.strip().substring(0, Math.min(typed.strip().length(), Account.USERNAME_MAX)));
        }
        boolean learner = request.getParameter(LoginView.LEARNER_PARAMETER) != null;
        getRedirectStrategy().sendRedirect(request, response,
                LoginView.PATH + "?error" + (learner ? "&" + LoginView.LEARNER_PARAMETER : ""));
    }
}
