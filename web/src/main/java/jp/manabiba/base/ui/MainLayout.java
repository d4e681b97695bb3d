package jp.manabiba.base.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
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
    private final SideNav navigation = new SideNav();
    private final Map<NavigationBadge, SideNavItem> badged = new LinkedHashMap<>();

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

        // the app's name labels the menu, so it sits inside the navigation landmark
        navigation.setLabel(getTranslation("app.name"));
        navigation.addClassName("app-menu");
        entries.stream()
                .filter(entry -> accessChecker.hasAccess(entry.view()))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(entry -> {
                    SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()),
                            RouteConfiguration.forSessionScope().getUrl(entry.view()), entry.icon().create());
                    navigation.addItem(item);
                    badges.orderedStream().filter(badge -> badge.view().equals(entry.view()))
                            .forEach(badge -> badged.put(badge, item));
                });
        addToDrawer(navigation);
    }

    /** The labels of the menu as shown: what the user may open. */
    public List<String> navigationLabels() {
        return navigation.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        badged.forEach((badge, item) -> item.setSuffixComponent(badge.count().map(count -> {
            Span shown = new Span(String.valueOf(count));
            shown.addClassName("menu-badge");
            shown.getElement().setAttribute("aria-label", getTranslation(badge.labelKey(), count));
            return shown;
        }).orElse(null)));
    }
}
