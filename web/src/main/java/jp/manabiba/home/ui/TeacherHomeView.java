package jp.manabiba.home.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;

@Route("teacher")
@RolesAllowed({Roles.TEACHER})
public class TeacherHomeView extends HomePage {

    public TeacherHomeView(CurrentUser currentUser) {
        super("home.teacher.title", currentUser.require().displayName());
        add(coming("home.teacher.coming"));
    }
}
