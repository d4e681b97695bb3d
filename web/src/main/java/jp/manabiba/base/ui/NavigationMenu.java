package jp.manabiba.base.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNav.SideNavI18n;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * The side navigation built from the entries a user may open: in their order, those of a {@link NavigationGroup}
 * folded under its heading when two or more of them are the user's. A badge shows beside its entry and, added up,
 * beside the entry's heading, so that a folded group still says that something waits inside.
 */
final class NavigationMenu extends SideNav {

    /** Between a heading and its entry in {@link #labels()}. */
    static final String NESTED = " › ";

    private final Map<NavigationBadge, SideNavItem> badged = new LinkedHashMap<>();
    private final Map<SideNavItem, List<SideNavItem>> headings = new LinkedHashMap<>();

    NavigationMenu(List<NavigationEntry> allowed, List<NavigationBadge> badges) {
        List<NavigationEntry> ordered = allowed.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        Map<NavigationGroup, Long> sizes = ordered.stream().filter(entry -> entry.group() != null)
                .collect(Collectors.groupingBy(NavigationEntry::group, () -> new EnumMap<>(NavigationGroup.class),
                        Collectors.counting()));
        Map<NavigationGroup, SideNavItem> opened = new EnumMap<>(NavigationGroup.class);
        setI18n(new SideNavI18n().setToggle(getTranslation("layout.group.toggle")));
        for (NavigationEntry entry : ordered) {
            SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()),
                    RouteConfiguration.forSessionScope().getUrl(entry.view()), entry.icon().create());
            badges.stream().filter(badge -> badge.view().equals(entry.view())).forEach(badge -> badged.put(badge, item));
            NavigationGroup group = entry.group();
            if (group == null || sizes.get(group) < 2) {
                addItem(item);
            } else {
                SideNavItem heading = opened.computeIfAbsent(group, this::heading);
                heading.addItem(item);
                headings.get(heading).add(item);
            }
        }
    }

    private SideNavItem heading(NavigationGroup group) {
        SideNavItem heading = new SideNavItem(getTranslation(group.labelKey()));
        heading.setPrefixComponent(group.icon().create());
        heading.addClassName("menu-group");
        // Vaadin 25.2's toggle names its children by an id its shadow root does not have (axe: a critical
        // aria-valid-attr-value while open); aria-expanded alone says what the button does
        heading.getElement().executeJs("""
                this.updateComplete.then(() => {
                  const toggle = this.shadowRoot.querySelector('[part~="toggle-button"]');
                  if (toggle && !this.shadowRoot.getElementById(toggle.getAttribute('aria-controls'))) {
                    toggle.removeAttribute('aria-controls');
                  }
                });""");
        addItem(heading);
        headings.put(heading, new ArrayList<>());
        return heading;
    }

    /** The labels as shown, in order; an entry under a heading as "heading › entry". */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (SideNavItem item : getItems()) {
            labels.add(item.getLabel());
            item.getItems().forEach(nested -> labels.add(item.getLabel() + NESTED + nested.getLabel()));
        }
        return labels;
    }

    /** Asks every badge its number again (after each navigation) and shows it, and each heading's sum. */
    void showBadges() {
        Map<SideNavItem, Integer> counted = new HashMap<>();
        badged.forEach((badge, item) -> {
            Optional<Integer> count = badge.count();
            item.setSuffixComponent(count.map(shown(badge.labelKey())).orElse(null));
            count.ifPresent(number -> counted.merge(item, number, Integer::sum));
        });
        headings.forEach((heading, items) -> {
            int waiting = items.stream().mapToInt(item -> counted.getOrDefault(item, 0)).sum();
            heading.setSuffixComponent(waiting == 0 ? null : shown("layout.group.badge").apply(waiting));
        });
    }

    private Function<Integer, Span> shown(String labelKey) {
        return count -> {
            Span shown = new Span(String.valueOf(count));
            shown.addClassName("menu-badge");
            shown.getElement().setAttribute("aria-label", getTranslation(labelKey, count));
            return shown;
        };
    }
}
