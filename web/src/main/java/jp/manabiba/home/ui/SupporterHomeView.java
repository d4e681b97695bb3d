package jp.manabiba.home.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;

@Route("supporter")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class SupporterHomeView extends HomePage {

    public SupporterHomeView(CurrentUser currentUser) {
        super("home.supporter.title", currentUser.require().displayName());
        add(coming("home.supporter.coming"));
    }
}
