package jp.manabiba.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.manabiba.security.ui.LoginView;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A sign-in form sent without a valid CSRF token (a forged cross-site sign-in, or a page left open until its
 * session ended) never signs in. A person who left the page open is sent back to it, told to try again, on the
 * children's page when it was the children's; any other refused request gets the plain 403.
 */
final class SignInPageExpired implements AccessDeniedHandler {

    private static final RequestMatcher SIGN_IN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LoginView.PATH);

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (!SIGN_IN_POST.matches(request)) {
            otherwise.handle(request, response, refusal);
            return;
        }
        boolean learner = request.getParameter(LoginView.LEARNER_PARAMETER) != null;
        response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.EXPIRED_PARAMETER
                + (learner ? "&" + LoginView.LEARNER_PARAMETER : ""));
    }
}
