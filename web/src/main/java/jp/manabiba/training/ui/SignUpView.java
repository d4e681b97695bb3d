package jp.manabiba.training.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.training.OpenWorkshop;
import jp.manabiba.training.SignupState;
import jp.manabiba.training.WorkshopRow;
import jp.manabiba.training.WorkshopSignups;

/**
 * The supporter's coming workshops of their organisation, one card each: the seats left or the waiting list, their
 * own place (booked, moved up from the waiting list, or waiting at a number), and one button to sign up or cancel.
 * A cancelled workshop stays, marked so, for those who had a place in it.
 * Reached from "My training".
 */
@Route("training/sign-up")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class SignUpView extends Main implements HasDynamicTitle {

    private final WorkshopSignups signups;
    private final Div cards = new Div();

    public SignUpView(WorkshopSignups signups) {
        this.signups = signups;
        addClassNames("people-view", "sign-up-view");
        cards.addClassName("workshop-cards");
        Anchor back = new Anchor(ModuleLinks.MY_TRAINING, getTranslation("training.reader.back"));
        back.addClassName("training-back-link");
        add(back, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<OpenWorkshop> open = signups.open();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("empty.training.open"));
            none.addClassName("empty-state");
            cards.add(none);
        }
        open.forEach(workshop -> cards.add(card(workshop)));
    }

    private Div card(OpenWorkshop open) {
        WorkshopRow row = open.workshop();
        Div card = new Div(new H2(row.title()), new Paragraph(WorkshopTexts.when(row)),
                new Paragraph(getTranslation("training.workshop.where-who", row.place(), row.trainer())),
                new Paragraph(getTranslation("training.sign-up.modules", WorkshopTexts.modules(row, this))));
        card.addClassName("workshop-card");
        Span place = new Span(mine(open));
        place.addClassName("workshop-mine");
        card.add(place);
        if (row.cancelled()) {
            return card; // nothing left to do but know it
        }
        Button act = open.mine() == null
                ? new Button(getTranslation(row.seatsLeft() > 0 ? "training.sign-up.sign-up" : "training.sign-up.join-waiting"),
                        click -> act(() -> told("training.sign-up.done." + signups.signUp(row.id()).name())))
                : new Button(getTranslation("training.sign-up.cancel"), click -> act(() -> {
                    signups.cancel(row.id());
                    told("training.sign-up.cancelled");
                }));
        act.addThemeVariants(open.mine() == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        act.addClassName(open.mine() == null ? "workshop-sign-up" : "workshop-cancel");
        card.add(act);
        return card;
    }

    /** The supporter's own place, or the seats left. */
    private String mine(OpenWorkshop open) {
        if (open.workshop().cancelled()) {
            return getTranslation("training.workshop.error.cancelled");
        }
        if (open.mine() == SignupState.WAITING) {
            return getTranslation("training.sign-up.waiting", open.waitingPosition());
        }
        if (open.mine() == SignupState.BOOKED) {
            return getTranslation(open.movedUp() ? "training.sign-up.moved-up" : "training.sign-up.booked");
        }
        return open.workshop().seatsLeft() > 0 ? getTranslation("training.sign-up.seats-left", open.workshop().seatsLeft())
                : getTranslation("training.sign-up.full");
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInput refused) {
            Notices.error(this, refused.messageKey(), refused.arguments());
        }
        refresh();
    }

    private void told(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.sign-up.title");
    }
}
