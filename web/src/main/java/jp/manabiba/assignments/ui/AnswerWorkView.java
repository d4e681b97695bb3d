package jp.manabiba.assignments.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.AnswerFiles;
import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.AnsweringLayout;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.SavedDraft;
import jp.manabiba.assignments.SavedFile;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.base.ui.ComponentTexts;
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
 * A child answering one piece of work: all questions on one page or one at a time ({@link QuestionPager}), every
 * change saved as a draft shortly after typing stops ({@link Autosave}), a photo or PDF saved as soon as it is
 * uploaded ({@link FileInput}), 「ほぞんしました」 with the time beside each question, a notice when another tab or
 * device saved in between (the later save wins), and one question of asking before handing in. Handed-in work is
 * read-only until the tutor returns it; marks, comments and the earlier attempts ({@link AttemptHistory}) show with
 * the child's furigana. Another child's work by URL is refused by the service.
 */
@Route("learner/work")
@RolesAllowed(Roles.LEARNER)
public class AnswerWorkView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, Autosave.Screen,
        FileInput.Attach {

    private final Answering answering;
    private final AnswerFiles files;
    private final ChildTexts texts;
    private final ReaderGrade reader;
    private final Clock clock;
    private final QuestionPager pager;
    private final QuestionPanels panels = new QuestionPanels();
    private final WorkNotice notice = new WorkNotice();
    private @Nullable WorkView work;
    private @Nullable Autosave autosave;
    private @Nullable Handing handing;
    private long submissionId;

    public AnswerWorkView(Answering answering, AnswerFiles files, AnsweringLayout layout,
                          LearnerPreferences preferences, ChildTexts texts, Clock clock) {
        this.answering = answering;
        this.files = files;
        this.clock = clock;
        this.texts = texts;
        this.pager = new QuestionPager(layout);
        ChildSettings settings = preferences.mine();
        this.reader = ChildTexts.reader(settings.furigana(), settings.grade());
        addClassNames("learner-screen", "answer-view");
        setClassName("text-large", settings.textSize() == TextSize.LARGE);
    }

    @Override
    public void setParameter(BeforeEvent event, Long submissionId) {
        this.submissionId = submissionId;
        WorkView opened = answering.open(submissionId);
        autosave = new Autosave(answering, submissionId, opened.version(), this);
        handing = new Handing(answering, submissionId, autosave, panels, pager, notice, this::reload);
        show(opened);
    }

    private void show(WorkView opened) {
        this.work = opened;
        removeAll();
        panels.clear();
        Anchor back = new Anchor("learner", getTranslation("work.back"));
        back.addClassNames("big-link", "work-back");
        add(back, ChildText.appendTo(new H2(), texts, opened.title(), reader), WorkHeader.facts(opened, clock));
        if (opened.instructions() != null) {
            add(ChildText.markdown(texts, opened.instructions(), reader));
        }
        add(WorkHeader.summary(opened, texts, reader));
        notice.hide();
        add(notice);
        List<WorkView.Item> items = opened.questions();
        if (items.size() > 1) {
            add(pager.choice());
        }
        Div questions = new Div();
        questions.addClassName("work-questions");
        for (WorkView.Item item : items) {
            QuestionPanel panel = new QuestionPanel(item, items.size(), texts, reader, opened.readOnly(),
                    answer -> changed(item.questionId(), answer), this);
            panels.add(panel);
            questions.add(panel);
        }
        add(questions, pager.pager());
        if (!opened.readOnly()) {
            Button submit = new Button(getTranslation("work.submit"), click -> new SubmitConfirm(this::submit).open());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            submit.addClassNames("join-button", "submit-button");
            add(submit);
        }
        add(new AttemptHistory(opened, texts, reader));
        pager.panels(panels.inOrder());
        ComponentTexts.applyTo(this); // drawn again after a submit or refusal too, outside navigation
    }

    private void changed(long questionId, DraftAnswer answer) {
        if (autosave != null) {
            autosave.change(questionId, answer);
        }
    }

    @Override
    public void attach(long questionId, String fileName, byte[] bytes) {
        if (autosave == null) {
            return;
        }
        try {
            SavedFile saved = files.attach(submissionId, questionId, fileName, bytes, autosave.version());
            autosave.seen(saved.saved().version());
            panels.get(questionId).showFile(saved.file());
            saved(questionId, saved.saved());
        } catch (InvalidInput refusal) {
            refused(questionId, refusal);
        }
    }

    @Override
    public void uploadProblem(long questionId, String messageKey, Object... arguments) {
        panels.get(questionId).problem(messageKey, arguments);
    }

    @Override
    public void saved(long questionId, SavedDraft saved) {
        panels.saved(questionId, saved);
        if (saved.changedElsewhere()) {
            showOtherDrafts(questionId);
            notice.say("work.changed-elsewhere");
        }
        getUI().ifPresent(ConnectionTexts::confirmConnected);
    }

    /** Another tab or device saved: show its answers to the other questions (this one's save won). */
    private void showOtherDrafts(long savedQuestion) {
        WorkView fresh = answering.open(submissionId);
        if (autosave != null) {
            autosave.seen(fresh.version());
        }
        panels.showOthers(fresh, savedQuestion);
    }

    @Override
    public void refused(long questionId, InvalidInput refusal) {
        QuestionPanel panel = panels.find(questionId);
        if (refusal.field().startsWith("question:") && panel != null) {
            panel.problem(refusal.messageKey(), refusal.arguments());
            return;
        }
        reload();
        notice.say(refusal.messageKey(), refusal.arguments());
    }

    @Override
    public void failing(long questionId) {
        panels.failing(questionId);
    }

    private void submit() {
        if (handing != null) {
            handing.submit();
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

    @Override
    public String getPageTitle() {
        return work == null ? getTranslation("work.todo.title") : work.title();
    }
}
