package jp.manabiba.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of the side navigation. Features declare theirs as Spring beans; the layout shows an item only when
 * the user may open its view, so the menu and the views' access rules cannot disagree.
 *
 * @param order    position in the menu, smaller first
 * @param labelKey translation key of the label
 */
public record NavigationEntry(int order, Class<? extends Component> view, String labelKey, VaadinIcon icon) {
}
