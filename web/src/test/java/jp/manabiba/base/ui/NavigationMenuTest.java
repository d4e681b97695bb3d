package jp.manabiba.base.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jp.manabiba.assignments.ui.AssignmentLibraryView;
import jp.manabiba.assignments.ui.ReviewQueueView;
import jp.manabiba.home.ui.SupporterHomeView;
import jp.manabiba.learning.ui.UnitsView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings fold a group's entries only when there are two of them, and a badge inside still shows on the heading. */
class NavigationMenuTest extends KaribuTest {

    private final AtomicReference<Optional<Integer>> waiting = new AtomicReference<>(Optional.of(3));
    private NavigationMenu menu;

    @BeforeEach
    void build() {
        KaribuSupport.signIn(TestPrincipal.demo(context, "tutor"));
        menu = new NavigationMenu(List.of(
                new NavigationEntry(40, UnitsView.class, "units.title", VaadinIcon.BOOK).in(NavigationGroup.TRAINING),
                new NavigationEntry(31, ReviewQueueView.class, "review.queue.title", VaadinIcon.CHECK_SQUARE_O)
                        .in(NavigationGroup.CHILDREN_LEARNING),
                new NavigationEntry(10, SupporterHomeView.class, "home.supporter.title", VaadinIcon.HOME),
                new NavigationEntry(30, AssignmentLibraryView.class, "authoring.page-title", VaadinIcon.CLIPBOARD_TEXT)
                        .in(NavigationGroup.CHILDREN_LEARNING)),
                List.of(badge(ReviewQueueView.class)));
    }

    @Test
    void entries_of_a_group_fold_under_its_heading_where_the_first_would_stand_and_a_lone_entry_stands_alone() {
        assertThat(menu.labels()).containsExactly("担い手ホーム", "子どもの学び", "子どもの学び › 課題",
                "子どもの学び › 採点待ち", "ESDの単元");
        SideNavItem heading = menu.getItems().get(1);
        assertThat(heading.getPath()).isNull();
        assertThat(heading.getItems()).extracting(SideNavItem::getPath).containsExactly("work", "work/review");
        assertThat(menu.getItems().get(2).getPath()).isEqualTo("units");
    }

    @Test
    void a_badge_inside_a_group_shows_beside_its_entry_and_its_heading_and_goes_when_nothing_waits() {
        SideNavItem heading = menu.getItems().get(1);
        SideNavItem review = heading.getItems().get(1);

        menu.showBadges();

        assertThat(text(review.getSuffixComponent())).isEqualTo("3");
        assertThat(text(heading.getSuffixComponent())).isEqualTo("3");
        assertThat(heading.getSuffixComponent().getElement().getAttribute("aria-label")).isEqualTo("未対応 3 件");
        assertThat(menu.getItems().getFirst().getSuffixComponent()).isNull();

        waiting.set(Optional.empty());
        menu.showBadges();

        assertThat(review.getSuffixComponent()).isNull();
        assertThat(heading.getSuffixComponent()).isNull();
    }

    private NavigationBadge badge(Class<? extends Component> view) {
        return new NavigationBadge() {
            @Override
            public Class<? extends Component> view() {
                return view;
            }

            @Override
            public Optional<Integer> count() {
                return waiting.get();
            }

            @Override
            public String labelKey() {
                return "layout.group.badge";
            }
        };
    }

    private static @Nullable String text(@Nullable Component component) {
        return component == null ? null : component.getElement().getText();
    }
}
