package jp.manabiba.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.training.ModuleStatus;
import jp.manabiba.training.SelfStudy;
import jp.manabiba.training.StudyModule;
import org.jspecify.annotations.Nullable;

/**
 * A self-study module: its pages one by one, then its check quiz. A module the supporter may not take (another
 * organisation's, retired, not a self-study one, unknown) is refused like any record that is not theirs.
 */
@Route("training/module/:code")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class ModuleStudyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SelfStudy selfStudy;
    private final ChildTexts texts;
    private String title = "";
    private @Nullable PagePager pager;
    private @Nullable QuizForm quiz;

    public ModuleStudyView(SelfStudy selfStudy, ChildTexts texts) {
        this.selfStudy = selfStudy;
        this.texts = texts;
        addClassNames("people-view", "training-study");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor(ModuleLinks.MY_TRAINING, getTranslation("training.reader.back"));
        back.addClassName("training-back-link");
        add(back);
        String code = event.getRouteParameters().get("code").orElse("");
        try {
            show(selfStudy.module(code, getLocale()));
        } catch (InvalidInput refusal) {
            title = getTranslation("training.my.title");
            Paragraph message = new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments()));
            message.addClassName("form-refusal");
            add(message);
        }
    }

    private void show(StudyModule module) {
        title = module.title();
        Paragraph summary = new Paragraph(module.summary());
        summary.addClassName("training-summary");
        Paragraph status = new Paragraph(module.status() == ModuleStatus.TO_DO
                ? getTranslation("training.reader.hours", module.hours())
                : StatusTexts.of(this, module.status(), module.doneOn(), module.validUntil()));
        status.addClassName("training-study-status");
        PagePager pages = new PagePager(module.pages(), this::toQuiz);
        QuizForm form = new QuizForm(selfStudy, module, texts, this::toPages);
        form.setVisible(false);
        pager = pages;
        quiz = form;
        add(new H2(module.title()), summary, status, pages, form);
    }

    private void toQuiz() {
        if (pager != null && quiz != null) {
            pager.setVisible(false);
            quiz.setVisible(true);
        }
    }

    private void toPages() {
        if (pager != null && quiz != null) {
            quiz.setVisible(false);
            pager.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
