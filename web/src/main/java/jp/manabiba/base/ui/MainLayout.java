package jp.manabiba.base.ui;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jp.manabiba.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in screen: title, the user's name, sign-out, and the menu of their role(s).
 * It gives every screen its landmarks and its one level-one heading: a header (banner) with the screen's title as
 * the {@code h1} (from the view's {@link HasDynamicTitle}, so views need no heading code of their own), the menu as
 * navigation labelled with the app's name, and the view itself as the main landmark (views extend {@code Main}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final NavigationMenu navigation;

    public MainLayout(List<NavigationEntry> entries, AccessAnnotationChecker accessChecker, CurrentUser currentUser,
                      AuthenticationContext authentication, ObjectProvider<NavigationBadge> badges) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");

        Span userName = new Span(currentUser.find().map(user -> user.displayName()).orElse(""));
        userName.addClassName("user-name");
        Button signOut = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");

        Div spacer = new Div();
        spacer.addClassName("spacer");
        Header header = new Header(toggle, viewTitle, spacer, userName, signOut);
        header.addClassName("app-header");
        addToNavbar(header);

        navigation = new NavigationMenu(entries.stream().filter(entry -> accessChecker.hasAccess(entry.view())).toList(),
                badges.orderedStream().toList());
        // the app's name labels the menu, so it sits inside the navigation landmark
        navigation.setLabel(getTranslation("app.name"));
        navigation.addClassName("app-menu");
        addToDrawer(navigation);
    }

    /** The labels of the menu as shown, what the user may open: an entry under a heading as "heading › entry". */
    public List<String> navigationLabels() {
        return navigation.labels();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        navigation.showBadges();
    }
}
