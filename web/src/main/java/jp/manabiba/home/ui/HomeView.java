package jp.manabiba.home.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;

/** The root URL: sends each user on to the home of their main role. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** Whose home wins when an account holds several roles: the broadest responsibility first. */
    static final List<Map.Entry<Role, Class<? extends Component>>> HOMES = List.of(
            Map.entry(Role.COORDINATOR, CoordinatorHomeView.class),
            Map.entry(Role.ADMIN, AdminHomeView.class),
            Map.entry(Role.TEACHER, TeacherHomeView.class),
            Map.entry(Role.TUTOR, SupporterHomeView.class),
            Map.entry(Role.VOLUNTEER, SupporterHomeView.class),
            Map.entry(Role.LEARNER, LearnerHomeView.class));

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountPrincipal user = currentUser.require();
        HOMES.stream()
                .filter(home -> user.hasRole(home.getKey()))
                .findFirst()
                .ifPresentOrElse(home -> event.forwardTo(home.getValue()), () -> event.forwardTo(MyAccountView.class));
    }
}
