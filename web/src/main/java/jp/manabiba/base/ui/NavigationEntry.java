package jp.manabiba.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * One item of the side navigation. Features declare theirs as Spring beans; the layout shows an item only when
 * the user may open its view, so the menu and the views' access rules cannot disagree.
 *
 * @param order    position in the menu, smaller first
 * @param labelKey translation key of the label
 * @param group    the heading it is folded under, or null to stand on its own
 */
public record NavigationEntry(int order, Class<? extends Component> view, String labelKey, VaadinIcon icon,
                              @Nullable NavigationGroup group) {

    /** An entry that stands on its own in the menu. */
    public NavigationEntry(int order, Class<? extends Component> view, String labelKey, VaadinIcon icon) {
        this(order, view, labelKey, icon, null);
    }

    /** The same entry, folded under the group's heading. */
    public NavigationEntry in(NavigationGroup heading) {
        return new NavigationEntry(order, view, labelKey, icon, heading);
    }
}
