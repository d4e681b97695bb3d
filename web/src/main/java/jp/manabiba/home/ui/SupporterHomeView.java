package jp.manabiba.home.ui;

import java.time.Clock;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.people.MatchedLearner;
import jp.manabiba.people.MyLearners;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.training.MyTraining;
import jp.manabiba.training.ui.TrainingSummary;
import jp.manabiba.tutoring.SessionBoard;
import jp.manabiba.tutoring.ui.ComingSessions;

/**
 * A tutor's or volunteer's home: their training's next step and whether they may work with children, their coming
 * sessions, and the children they are matched with with what they need to know to help.
 */
@Route("supporter")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class SupporterHomeView extends HomePage {

    public SupporterHomeView(CurrentUser currentUser, MyLearners learners, SessionBoard board, MyTraining training,
                             Clock clock) {
        super("home.supporter.title", currentUser.require().displayName());
        Grid<MatchedLearner> grid = new Grid<>();
        grid.addColumn(MatchedLearner::fullName).setHeader(getTranslation("learner.name"));
        grid.addColumn(MatchedLearner::kana).setHeader(getTranslation("learner.kana"));
        grid.addColumn(l -> l.grade() == null ? "" : getTranslation("grade." + l.grade().name())).setHeader(getTranslation("learner.grade"));
        grid.addColumn(l -> l.school() == null ? "" : l.school()).setHeader(getTranslation("learner.school"));
        grid.addColumn(l -> getTranslation("home-language." + l.homeLanguage().name())).setHeader(getTranslation("household.language"));
        grid.addColumn(l -> getTranslation("furigana." + l.furigana().name())).setHeader(getTranslation("learner.furigana"));
        grid.addColumn(l -> l.sharedNotes().isEmpty() ? "" : getTranslation("supporter.notes-count", l.sharedNotes().size()))
                .setHeader(getTranslation("learner.shared-notes"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(l -> {
            Div notes = new Div();
            l.sharedNotes().forEach(note -> notes.add(new Paragraph(note)));
            return notes;
        }));
        Screenful.show(grid, learners.list());
        grid.setEmptyStateText(getTranslation("empty.my-learners"));
        add(new TrainingSummary(training, getLocale()), new H3(getTranslation("supporter.my-sessions")),
                new ComingSessions(board.mySessions(), clock), new H3(getTranslation("supporter.my-learners")), grid);
    }
}
