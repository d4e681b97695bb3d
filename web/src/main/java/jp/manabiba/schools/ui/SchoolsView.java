package jp.manabiba.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.schools.SchoolRow;
import jp.manabiba.schools.TeacherRow;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;

/** Schools and their teachers, entered by hand or from rosters; a teacher signs in with their school account. */
@Route("schools")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SchoolsView extends Main implements HasDynamicTitle {

    private final SchoolRecords schools;
    private final Grid<SchoolRow> grid = new Grid<>();
    private final Grid<TeacherRow> teachers = new Grid<>();
    private final H2 teachersTitle = new H2();
    private final boolean administrator;
    private final Button addTeacher = new Button(VaadinIcon.PLUS.create());

    public SchoolsView(SchoolRecords schools, CurrentUser currentUser) {
        this.schools = schools;
        this.administrator = currentUser.require().hasRole(Role.ADMIN);
        addClassNames("people-view", "schools-view");
        grid.addColumn(SchoolRow::name).setHeader(getTranslation("learner.school")).setAutoWidth(true);
        grid.addColumn(s -> s.rosterId() == null ? getTranslation("school.by-hand") : getTranslation("school.from-roster"))
                .setHeader(getTranslation("school.source"));
        grid.addColumn(SchoolRow::teachers).setHeader(getTranslation("school.teachers"));
        grid.setEmptyStateText(getTranslation("empty.schools"));
        grid.asSingleSelect().addValueChangeListener(change -> showTeachers(change.getValue()));
        teachers.addColumn(TeacherRow::name).setHeader(getTranslation("learner.name"));
        teachers.addColumn(t -> t.email() == null ? "" : t.email()).setHeader(getTranslation("guardian.email"));
        teachers.addColumn(t -> getTranslation(t.hasAccount() ? "learner.has-account" : "learner.no-account"))
                .setHeader(getTranslation("learner.account"));
        teachers.setEmptyStateText(getTranslation("empty.teachers"));
        addTeacher.setText(getTranslation("school.add-teacher"));
        addTeacher.addClickListener(click -> {
            SchoolRow chosen = grid.asSingleSelect().getValue();
            if (chosen != null) {
                teacherForm(chosen).open();
            }
        });
        Button addSchool = new Button(getTranslation("school.add"), VaadinIcon.PLUS.create(), click -> schoolForm().open());
        addSchool.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(addSchool, grid, teachersTitle, teachers, addTeacher);
        showTeachers(null);
        Screenful.show(grid, schools.schools());
    }

    private void showTeachers(@Nullable SchoolRow school) {
        boolean chosen = school != null;
        teachersTitle.setText(chosen ? getTranslation("school.teachers-of", school.name()) : getTranslation("school.choose"));
        teachers.setVisible(chosen);
        addTeacher.setVisible(chosen && administrator); // teacher accounts are made by administrators only
        if (chosen) {
            Screenful.show(teachers, schools.teachers(school.id()));
        }
    }

    private FormDialog schoolForm() {
        TextField name = new TextField(getTranslation("learner.school"));
        FormDialog form = new FormDialog("school.add", f -> {
            schools.addSchool(name.getValue());
            Screenful.show(grid, schools.schools());
        });
        form.field("name", name);
        return form;
    }

    private FormDialog teacherForm(SchoolRow school) {
        TextField family = new TextField(getTranslation("guardian.family-name"));
        TextField given = new TextField(getTranslation("guardian.given-name"));
        TextField username = new TextField(getTranslation("account.username"));
        EmailField email = new EmailField(getTranslation("account.school-email"));
        FormDialog form = new FormDialog("school.add-teacher", f -> {
            schools.addTeacherWithSchoolAccount(school.id(), family.getValue(), given.getValue(), username.getValue(), email.getValue());
            Screenful.show(grid, schools.schools());
            Screenful.show(teachers, schools.teachers(school.id()));
        });
        form.field("familyName", family);
        form.field("givenName", given);
        form.field("username", username);
        form.field("email", email);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title");
    }
}
