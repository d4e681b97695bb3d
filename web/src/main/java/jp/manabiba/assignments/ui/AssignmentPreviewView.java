package jp.manabiba.assignments.ui;

import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.AssignmentDetail;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * The assignment "as a grade-N child sees it": title, instructions and questions through the same components as the
 * child's answering screen ({@link QuestionPanel}, {@link ChildText}) with furigana for the chosen grade, read-only
 * and without the right answers. Grades 1-6 are elementary, 7-9 junior high.
 */
@Route("work/preview")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class AssignmentPreviewView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final String[] GRADES = {"P1", "P2", "P3", "P4", "P5", "P6", "J1", "J2", "J3"};

    private final AssignmentAuthoring authoring;
    private final ChildTexts texts;
    private final Select<Integer> grade = new Select<>();
    private final Div shown = new Div();
    private final RouterLink back = new RouterLink();
    private @Nullable AssignmentDetail detail;

    public AssignmentPreviewView(AssignmentAuthoring authoring, ChildTexts texts) {
        this.authoring = authoring;
        this.texts = texts;
        addClassNames("people-view", "assignment-preview");
        back.setText(getTranslation("authoring.back-to-editor"));
        grade.setLabel(getTranslation("authoring.preview.grade"));
        grade.setItems(IntStream.rangeClosed(ReaderGrade.FIRST, ReaderGrade.LAST).boxed().toList());
        grade.setItemLabelGenerator(n -> getTranslation("grade." + GRADES[n - 1]));
        grade.setValue(3);
        grade.addValueChangeListener(change -> render());
        shown.addClassNames("learner-screen", "answer-view", "preview-child");
        add(back, grade, shown);
    }

    @Override
    public void setParameter(BeforeEvent event, Long assignmentId) {
        detail = authoring.detail(assignmentId);
        back.setRoute(AssignmentEditorView.class, assignmentId);
        render();
    }

    private void render() {
        shown.removeAll();
        if (detail == null) {
            return;
        }
        ReaderGrade reader = ReaderGrade.of(grade.getValue() == null ? ReaderGrade.FIRST : grade.getValue());
        shown.add(ChildText.appendTo(new H2(), texts, detail.title(), reader));
        if (detail.instructions() != null) {
            shown.add(ChildText.markdown(texts, detail.instructions(), reader));
        }
        int count = detail.questions().size();
        for (AssignmentDetail.QuestionDetail question : detail.questions()) {
            shown.add(new QuestionPanel(asChildSees(question), count, texts, reader, true, answer -> { }, READ_ONLY));
        }
        ComponentTexts.applyTo(shown); // redrawn on each grade chosen, after navigation
    }

    /** A preview keeps nothing: its panels are read-only, so no upload reaches this. */
    private static final FileInput.Attach READ_ONLY = new FileInput.Attach() {
        @Override
        public void attach(long questionId, String fileName, byte[] bytes) {
        }

        @Override
        public void uploadProblem(long questionId, String messageKey, Object... arguments) {
        }
    };

    /** The question as the child's screen gets it: no right answers, nothing answered yet. */
    private static WorkView.Item asChildSees(AssignmentDetail.QuestionDetail question) {
        return new WorkView.Item(question.id(), question.position(), question.kind(), question.prompt(),
                question.points(), question.required(),
                question.choices().stream().map(c -> new WorkView.Option(c.id(), c.label())).toList(),
                question.unit(), null, Set.of(), null, null, null, null, null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.preview-title");
    }
}
