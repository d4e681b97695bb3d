package jp.manabiba.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A number beside a menu entry (surveys still to answer): a feature's reminder without a card of its own on the
 * home screens. Asked only for entries the user may open, after each navigation.
 */
public interface NavigationBadge {

    Class<? extends Component> view();

    /** The number to show, or empty to show nothing. */
    Optional<Integer> count();

    /** Translation key of the badge's accessible name, with the number as {0}. */
    String labelKey();
}
