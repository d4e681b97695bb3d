package jp.manabiba.assignments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.Review;
import jp.manabiba.assignments.ReviewView;
import jp.manabiba.assignments.Reviewing;
import jp.manabiba.assignments.SubmissionState;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import org.jspecify.annotations.Nullable;
import jp.manabiba.curriculum.text.RubySyntax;

/**
 * Reviewing one handed-in piece of work: every question with the child's answer, the right answer and the
 * automatic mark, scores for open questions, comments (ruby allowed, previewed), done or back to the child, and
 * the earlier attempts. When another reviewer got there first the refusal is shown at the top and the fields keep
 * what was typed; "reload" shows their review and still keeps it. Refusals of a field are shown at that field.
 */
@Route("work/review")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class ReviewWorkView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Reviewing reviewing;
    private final ChildTexts texts;
    private final Div conflict = new Div();
    private final Div banner = new Div();
    private final List<ReviewQuestionPanel> panels = new ArrayList<>();
    private FieldErrors errors = new FieldErrors(banner);
    private @Nullable CommentField overall;
    private @Nullable ReviewView work;
    private long submissionId;

    public ReviewWorkView(Reviewing reviewing, ChildTexts texts) {
        this.reviewing = reviewing;
        this.texts = texts;
        addClassNames("people-view", "review-view");
        conflict.addClassName("review-conflict");
        conflict.getElement().setAttribute("role", "alert");
    }

    @Override
    public void setParameter(BeforeEvent event, Long submissionId) {
        this.submissionId = submissionId;
        show(reviewing.open(submissionId));
    }

    private void show(ReviewView opened) {
        List<ReviewQuestionPanel> typed = List.copyOf(panels);
        CommentField typedOverall = overall;
        this.work = opened;
        removeAll();
        panels.clear();
        errors = new FieldErrors(banner);
        conflict.setVisible(false);
        boolean waiting = opened.state() == SubmissionState.SUBMITTED;
        RouterLink back = new RouterLink(getTranslation("review.back"), ReviewQueueView.class);
        Paragraph facts = new Paragraph(getTranslation("review.facts", opened.learnerName(),
                opened.submittedAt() == null ? "" : DueTimes.due(opened.submittedAt()), opened.attempt(),
                getTranslation("assignment.state." + opened.state().name())) + (opened.late() ? " " + getTranslation("review.late") : ""));
        facts.addClassName("review-facts");
        add(back, conflict, banner, facts);
        if (!waiting) {
            add(new Paragraph(getTranslation("review.not-waiting")));
        }
        add(new H2(getTranslation("review.questions")));
        if (!waiting) {
            UnsentReview.of(typed, typedOverall).ifPresent(this::add);
        }
        for (ReviewView.Item item : opened.questions()) {
            ReviewQuestionPanel panel = new ReviewQuestionPanel(item, opened.questions().size(), texts, errors);
            if (waiting) {
                typed.stream().filter(t -> t.questionId() == item.questionId()).findFirst().ifPresent(panel::keep);
            }
            panel.setReadOnly(!waiting);
            panels.add(panel);
            add(panel);
        }
        CommentField comment = new CommentField(getTranslation("review.overall"), opened.overallComment(),
                Review.COMMENT_MAX, texts);
        if (waiting && typedOverall != null && typedOverall.value() != null) {
            comment.field().setValue(typedOverall.field().getValue());
        }
        comment.setReadOnly(!waiting);
        errors.field("overallComment", comment.field());
        overall = comment;
        add(new H2(getTranslation("review.overall")), comment);
        if (waiting) {
            Button done = new Button(getTranslation("review.done"), click -> send(Review.Outcome.DONE));
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            done.addClassName("review-done");
            Button giveBack = new Button(getTranslation("review.return"),
                    click -> new ReturnConfirm(() -> send(Review.Outcome.RETURN)).open());
            giveBack.addClassName("review-return");
            Div actions = new Div(done, giveBack);
            actions.addClassName("row-actions");
            add(actions);
        }
        add(new ReviewHistory(opened.history(), opened.questions().stream()
                .collect(Collectors.toMap(ReviewView.Item::questionId, ReviewView.Item::position))));
    }

    private void send(Review.Outcome outcome) {
        if (work == null || overall == null) {
            return;
        }
        errors.clear();
        conflict.setVisible(false);
        Review review = new Review(panels.stream().map(ReviewQuestionPanel::mark).toList(), overall.value(), outcome);
        try {
            reviewing.review(submissionId, work.version(), review);
            Notification.show(getTranslation("review.sent." + outcome.name()), 4000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (InvalidInput refusal) {
            if ("version".equals(refusal.field())) {
                showConflict(refusal);
            } else {
                errors.show(refusal, this);
            }
        }
    }

    /** Someone else reviewed first: say so at the top, keep every field, offer to see their review. */
    private void showConflict(InvalidInput refusal) {
        conflict.removeAll();
        Button reload = new Button(getTranslation("review.reload"), click -> show(reviewing.open(submissionId)));
        reload.addClassName("review-reload");
        conflict.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())), reload);
        conflict.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return work == null ? getTranslation("review.queue.title") : getTranslation("review.title", RubySyntax.plain(work.title()));
    }
}
