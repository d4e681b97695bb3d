package jp.manabiba.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jp.manabiba.security.TestPrincipal;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Browserless UI tests: a mocked Vaadin on the real Spring context, signed in as a test user. */
public final class KaribuSupport {

    // Route discovery scans the classpath: once per test JVM is enough.
    private static final Routes ROUTES = new Routes().autoDiscoverViews("jp.manabiba");

    private KaribuSupport() {
    }

    public static void start(ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Signs in the way Spring Security would: in the HTTP session (where Vaadin's security-context strategy
     * looks first) and on the request (where Vaadin's access checks look).
     */
    public static void signIn(TestPrincipal principal) {
        Authentication authentication = principal.authentication();
        SecurityContext securityContext = new SecurityContextImpl(authentication);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    /** The view the router shows now. */
    public static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /**
     * Lets pushed updates arrive: runs the UI's pending access tasks (what a push would carry) until the condition
     * holds, for at most five seconds. Updates come from other threads, as they do in production.
     */
    public static void awaitPush(java.util.function.BooleanSupplier arrived) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (arrived.getAsBoolean() || System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static void stop() {
        MockVaadin.tearDown();
        CurrentInstance.clearAll();
    }
}
