package jp.manabiba.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A heading of the side navigation that folds related entries under it, so that a long menu reads as a few things
 * to do: a tutor between lectures finds home and sessions at the top, the children's work and ESD under one heading.
 * A group shows only when at least two of its entries are the user's; with one, that entry stands on its own.
 * It sits where its first entry would sit, and opens by itself on the screen of one of its entries.
 */
public enum NavigationGroup {

    /** Households, supporters, the roster and schools: the people a coordinator keeps. */
    PEOPLE("layout.group.people", VaadinIcon.USERS),
    /** Supporters' training as a coordinator follows and sets it. */
    TRAINING("layout.group.training", VaadinIcon.ACADEMY_CAP),
    /** Assignments, their marking and results, and the ESD units: what children learn. */
    CHILDREN_LEARNING("layout.group.children-learning", VaadinIcon.BOOK),
    /** The network's organisations, accounts and the access log. */
    ADMINISTRATION("layout.group.administration", VaadinIcon.COG);

    private final String labelKey;
    private final VaadinIcon icon;

    NavigationGroup(String labelKey, VaadinIcon icon) {
        this.labelKey = labelKey;
        this.icon = icon;
    }

    public String labelKey() {
        return labelKey;
    }

    public VaadinIcon icon() {
        return icon;
    }
}
