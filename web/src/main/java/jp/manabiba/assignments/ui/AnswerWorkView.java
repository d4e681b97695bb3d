package jp.manabiba.assignments.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.AnsweringLayout;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.IncompleteSubmission;
import jp.manabiba.assignments.SavedDraft;
import jp.manabiba.assignments.SubmissionState;
import jp.manabiba.assignments.Submitted;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.base.ui.ConnectionTexts;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.ChildSettings;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * A child answering one piece of work: all questions on one page or one at a time (their choice, kept on the
 * server), every change saved as a draft shortly after typing stops ({@link Autosave}), 「ほぞんしました」 with the
 * time beside each question, a notice when another tab or device saved in between (the later save wins), and
 * one question at a time of asking before handing in. Handed-in work is read-only until the tutor returns it;
 * marks and comments show with the child's furigana. Another child's work by URL is refused by the service.
 */
@Route("learner/work")
@RolesAllowed(Roles.LEARNER)
public class AnswerWorkView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, Autosave.Screen {

    private final Answering answering;
    private final AnsweringLayout layout;
    private final ChildTexts texts;
    private final ReaderGrade reader;
    private final Clock clock;
    private final Map<Long, QuestionPanel> panels = new LinkedHashMap<>();
    private final Paragraph notice = new Paragraph();
    private final Div pager = new Div();
    private final Span position = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button allOnOnePage = new Button();
    private final Button oneByOne = new Button();
    private @Nullable WorkView work;
    private @Nullable Autosave autosave;
    private long submissionId;
    private boolean oneAtATime;
    private int current;

    public AnswerWorkView(Answering answering, AnsweringLayout layout, LearnerPreferences preferences, ChildTexts texts,
                          Clock clock) {
        this.answering = answering;
        this.clock = clock;
        this.layout = layout;
        this.texts = texts;
        ChildSettings settings = preferences.mine();
        this.reader = ChildTexts.reader(settings.furigana(), settings.grade());
        addClassNames("learner-screen", "answer-view");
        setClassName("text-large", settings.textSize() == TextSize.LARGE);
        oneAtATime = layout.oneAtATime();
        notice.addClassName("work-notice");
        notice.getElement().setAttribute("role", "status");
        previous.setText(getTranslation("work.previous"));
        previous.addClickListener(click -> go(current - 1));
        next.setText(getTranslation("work.next"));
        next.addClickListener(click -> go(current + 1));
        previous.addClassName("big-button");
        next.addClassName("big-button");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        position.addClassName("pager-position");
        pager.addClassName("work-pager");
        pager.add(previous, position, next);
        allOnOnePage.setText(getTranslation("work.layout.all"));
        allOnOnePage.addClickListener(click -> chooseLayout(false));
        oneByOne.setText(getTranslation("work.layout.one"));
        oneByOne.addClickListener(click -> chooseLayout(true));
    }

    @Override
    public void setParameter(BeforeEvent event, Long submissionId) {
        this.submissionId = submissionId;
        WorkView opened = answering.open(submissionId);
        autosave = new Autosave(answering, submissionId, opened.version(), this);
        show(opened);
    }

    private void show(WorkView opened) {
        this.work = opened;
        removeAll();
        panels.clear();
        Anchor back = new Anchor("learner", getTranslation("work.back"));
        back.addClassNames("big-link", "work-back");
        H2 title = ChildText.appendTo(new H2(), texts, opened.title(), reader);
        add(back, title, facts(opened));
        if (opened.instructions() != null) {
            add(ChildText.markdown(texts, opened.instructions(), reader));
        }
        add(summary(opened));
        hideNotice();
        add(notice);
        List<WorkView.Item> items = opened.questions();
        if (items.size() > 1) {
            Div choice = new Div(new Span(getTranslation("work.layout.label")), allOnOnePage, oneByOne);
            choice.addClassName("layout-choice");
            add(choice);
        }
        Div questions = new Div();
        questions.addClassName("work-questions");
        for (WorkView.Item item : items) {
            QuestionPanel panel = new QuestionPanel(item, items.size(), texts, reader, opened.readOnly(),
                    answer -> changed(item.questionId(), answer));
            panels.put(item.questionId(), panel);
            questions.add(panel);
        }
        add(questions, pager);
        if (!opened.readOnly()) {
            Button submit = new Button(getTranslation("work.submit"), click -> new SubmitConfirm(this::submit).open());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            submit.addClassNames("join-button", "submit-button");
            add(submit);
        }
        current = Math.min(current, Math.max(0, items.size() - 1));
        applyLayout();
    }

    /** The state, the due time and, when it matters, late or overdue. */
    private Div facts(WorkView opened) {
        Span state = new Span(getTranslation("assignment.state." + opened.state().name()));
        state.addClassNames("todo-state", "todo-" + opened.state().name().toLowerCase().replace('_', '-'));
        Div facts = new Div(state, new Span(getTranslation("work.due", DueTimes.due(opened.dueAt()))));
        facts.addClassName("work-facts");
        if (opened.late()) {
            Span late = new Span(getTranslation("work.late"));
            late.addClassName("todo-late");
            facts.add(late);
        } else if (opened.state().open() && clock.instant().isAfter(opened.dueAt())) {
            Span overdue = new Span(getTranslation("work.overdue"));
            overdue.addClassName("todo-overdue");
            facts.add(overdue);
        }
        return facts;
    }

    /** What happens now, the total score and the tutor's overall comment. */
    private Div summary(WorkView opened) {
        Div summary = new Div();
        summary.addClassName("work-summary");
        summary.add(new Paragraph(getTranslation("work.state-info." + opened.state().name())));
        if (opened.score() != null && opened.state() != SubmissionState.IN_PROGRESS) {
            Paragraph score = new Paragraph(getTranslation("work.score.total", opened.score(), opened.maxScore()));
            score.addClassName("work-score");
            summary.add(score);
        }
        if (opened.overallComment() != null) {
            Div comment = new Div(new Span(getTranslation("work.comment")),
                    ChildText.markdown(texts, opened.overallComment(), reader));
            comment.addClassName("question-comment");
            summary.add(comment);
        }
        return summary;
    }

    private void changed(long questionId, DraftAnswer answer) {
        if (autosave != null) {
            autosave.change(questionId, answer);
        }
    }

    @Override
    public void saved(long questionId, SavedDraft saved) {
        QuestionPanel panel = panels.get(questionId);
        if (panel != null) {
            panel.saved(saved.savedAt(), saved.problemKey());
        }
        if (saved.changedElsewhere()) {
            showOtherDrafts(questionId);
            notice("work.changed-elsewhere");
        }
        getUI().ifPresent(ConnectionTexts::confirmConnected);
    }

    /** Another tab or device saved: show its answers to the other questions (this one's save won). */
    private void showOtherDrafts(long savedQuestion) {
        WorkView fresh = answering.open(submissionId);
        if (autosave != null) {
            autosave.seen(fresh.version());
        }
        for (WorkView.Item item : fresh.questions()) {
            QuestionPanel panel = panels.get(item.questionId());
            if (panel != null && item.questionId() != savedQuestion) {
                panel.show(item);
            }
        }
    }

    @Override
    public void refused(long questionId, InvalidInput refusal) {
        QuestionPanel panel = panels.get(questionId);
        if (refusal.field().startsWith("question:") && panel != null) {
            panel.problem(refusal.messageKey(), refusal.arguments());
            return;
        }
        reload();
        notice(refusal.messageKey(), refusal.arguments());
    }

    @Override
    public void failing(long questionId) {
        QuestionPanel panel = panels.get(questionId);
        if (panel != null) {
            panel.failing();
        }
    }

    private void submit() {
        if (autosave == null) {
            return;
        }
        autosave.saveWaiting();
        if (autosave.hasWaiting()) {
            notice("work.submit.wait");
            return;
        }
        panels.values().forEach(QuestionPanel::clearProblem);
        try {
            Submitted submitted = answering.submit(submissionId, autosave.version());
            reload();
            notice(submitted.late() ? "work.submitted.late" : "work.submitted");
        } catch (IncompleteSubmission incomplete) {
            int first = -1;
            List<Long> order = List.copyOf(panels.keySet());
            for (IncompleteSubmission.QuestionMessage message : incomplete.questionMessages()) {
                QuestionPanel panel = panels.get(message.questionId());
                if (panel != null) {
                    panel.problem(message.messageKey());
                    int at = order.indexOf(message.questionId());
                    first = first < 0 ? at : Math.min(first, at);
                }
            }
            notice(incomplete.messageKey(), incomplete.arguments());
            if (oneAtATime && first >= 0) {
                go(first);
            }
            if (first >= 0) {
                // the child tapped at the bottom of the page: bring the first question to fix into view
                panels.get(order.get(first)).scrollIntoView();
            }
        } catch (InvalidInput refusal) {
            reload();
            notice(refusal.messageKey(), refusal.arguments());
        }
        getUI().ifPresent(ConnectionTexts::confirmConnected);
    }

    private void reload() {
        WorkView fresh = answering.open(submissionId);
        if (autosave != null) {
            autosave.seen(fresh.version());
        }
        show(fresh);
    }

    private void chooseLayout(boolean oneAtATime) {
        layout.chooseOneAtATime(oneAtATime);
        this.oneAtATime = oneAtATime;
        applyLayout();
    }

    private void go(int index) {
        current = Math.max(0, Math.min(index, panels.size() - 1));
        applyLayout();
    }

    private void applyLayout() {
        boolean paged = oneAtATime && panels.size() > 1;
        int i = 0;
        for (QuestionPanel panel : panels.values()) {
            panel.setVisible(!paged || i == current);
            i++;
        }
        pager.setVisible(paged);
        position.setText(getTranslation("work.position", current + 1, panels.size()));
        previous.setEnabled(current > 0);
        next.setEnabled(current < panels.size() - 1);
        allOnOnePage.getElement().setAttribute("aria-pressed", String.valueOf(!oneAtATime));
        oneByOne.getElement().setAttribute("aria-pressed", String.valueOf(oneAtATime));
        allOnOnePage.setClassName("layout-chosen", !oneAtATime);
        oneByOne.setClassName("layout-chosen", oneAtATime);
    }

    private void notice(String key, Object... arguments) {
        notice.setText(getTranslation(key, arguments));
        notice.setVisible(true);
    }

    private void hideNotice() {
        notice.setText("");
        notice.setVisible(false);
    }

    /** What the notice line says now, empty when nothing (tests read it as a child would). */
    String noticeText() {
        return notice.isVisible() ? notice.getText() : "";
    }

    QuestionPanel panel(long questionId) {
        return java.util.Objects.requireNonNull(panels.get(questionId));
    }

    @Override
    public String getPageTitle() {
        return work == null ? getTranslation("work.todo.title") : work.title();
    }
}
