package jp.manabiba.tutoring.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Text;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.base.ui.ConnectionTexts;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.tutoring.AttendanceState;
import jp.manabiba.tutoring.LearnerSessions;
import jp.manabiba.tutoring.SessionBroadcaster;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.tutoring.TodaySession;
import org.jspecify.annotations.Nullable;

/**
 * Today's session on a child's home: one big card with when, where, the tutor, one big join button (from ten
 * minutes before the start), then a hand to raise and what to do today. It redraws when the tutor acts. The
 * session's title, place, reasons and the tutor's plan are shown through {@link ChildText}, with furigana for the
 * child's reader; the tutors' names stay as written. While the session runs, later features add to it
 * ({@link TodayCardPart}: today's work).
 */
public class TodayCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withZone(ProgrammeZone.TOKYO);

    private final LearnerSessions sessions;
    private final SessionBroadcaster broadcaster;
    private final ChildTexts texts;
    private final TodayParts parts;
    private ReaderGrade reader;
    private @Nullable Runnable unregister;

    public TodayCard(LearnerSessions sessions, SessionBroadcaster broadcaster, ChildTexts texts, ReaderGrade reader,
                     List<TodayCardPart> parts) {
        this.sessions = sessions;
        this.parts = new TodayParts(parts);
        this.broadcaster = broadcaster;
        this.texts = texts;
        this.reader = reader;
        addClassName("big-card");
        draw();
    }

    /** Shows the card again for another reader (the child switched furigana). */
    public void setReader(ReaderGrade reader) {
        this.reader = reader;
        draw();
    }

    private void draw() {
        removeAll();
        add(new H3(getTranslation("today.title")));
        Optional<TodaySession> today = sessions.today();
        if (today.isEmpty()) {
            add(new Paragraph(getTranslation("today.none")));
            return;
        }
        TodaySession s = today.get();
        Paragraph what = line(new Paragraph(), s.title());
        what.add(new Text("  " + getTranslation("today.time", TIME.format(s.startsAt()), TIME.format(s.endsAt()))));
        add(what);
        add(line(new Paragraph(), s.online() ? getTranslation("today.online") : getTranslation("today.site", s.site())));
        if (!s.tutors().isEmpty()) {
            add(new Paragraph(getTranslation("today.tutor", String.join("・", s.tutors()))));
        }
        if (s.cancelledReason() != null) {
            add(says("today-cancelled", getTranslation("today.cancelled", s.cancelledReason())));
        } else if (s.over()) {
            add(says("today-over", getTranslation("today.over")));
            if (s.plan() != null) {
                add(new H3(getTranslation("today.note")), ChildText.markdown(texts, s.plan(), reader));
            }
        } else if (s.state() == AttendanceState.JOINED) {
            add(says("today-joined", getTranslation("today.joined")));
            if (s.online() && s.meetingUrl() != null) {
                add(JoinLinks.reopen(s.meetingUrl(), getTranslation("today.reopen")));
            }
            add(hand(s));
            if (s.plan() != null) {
                add(new H3(getTranslation("today.plan")), ChildText.markdown(texts, s.plan(), reader));
            }
        } else {
            add(joinButton(s));
        }
        parts.addTo(this, s, reader);
    }

    private Paragraph line(Paragraph paragraph, String text) {
        return ChildText.appendTo(paragraph, texts, text, reader);
    }

    private Paragraph says(String className, String text) {
        Paragraph said = line(new Paragraph(), text);
        said.addClassName(className);
        return said;
    }

    /** Online, a link the browser opens itself (no pop-up blocker stops it); at a site, a button to check in. */
    private Div joinButton(TodaySession s) {
        Div holder = new Div();
        holder.addClassName("join-holder");
        if (!s.joinOpen()) {
            Button waiting = new Button(getTranslation("today.join"));
            waiting.setEnabled(false);
            waiting.addClassName("join-button");
            holder.add(waiting, new Paragraph(getTranslation("today.join.not-yet")));
            return holder;
        }
        if (s.online()) {
            Anchor join = new Anchor(String.valueOf(s.meetingUrl()), getTranslation("today.join"));
            join.setTarget(AnchorTarget.BLANK);
            join.addClassNames("join-button", "join-link");
            join.getElement().addEventListener("click", click -> act(() -> sessions.join(s.id())));
            holder.add(join);
        } else {
            Button join = new Button(getTranslation("today.join"), click -> act(() -> sessions.join(s.id())));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            join.addClassName("join-button");
            holder.add(join);
        }
        return holder;
    }

    private Div hand(TodaySession s) {
        Div holder = new Div();
        holder.addClassName("hand-holder");
        switch (s.hand()) {
            case RAISED -> {
                Button lower = new Button(getTranslation("today.hand.lower"), click -> act(() -> sessions.lowerHand(s.id())));
                lower.addThemeVariants(ButtonVariant.LUMO_LARGE);
                lower.addClassName("hand-button");
                holder.add(new Paragraph(getTranslation("today.hand.raised")), lower);
            }
            case ANSWERED, DOWN -> {
                if (s.hand() == TodaySession.HandState.ANSWERED) {
                    holder.add(new Paragraph(getTranslation("today.hand.answered")));
                }
                Button hand = new Button(getTranslation("today.hand"), click -> act(() -> sessions.raiseHand(s.id())));
                hand.addThemeVariants(ButtonVariant.LUMO_LARGE);
                hand.addClassName("hand-button");
                holder.add(hand);
            }
        }
        return holder;
    }

    /** A child's tap: done and shown, or told in their words why not; the card always shows what is true now. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput refused) {
            Notices.error(this, refused.messageKey());
        }
        draw();
        getUI().ifPresent(ConnectionTexts::confirmConnected);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        sessions.today().ifPresent(s -> {
            unregister = broadcaster.register(s.id(), change -> {
                if (change.concerns(s.learnerId())) {
                    ui.access(this::draw);
                }
            });
            parts.follow(s, () -> ui.access(this::draw));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        parts.stop();
    }
}
