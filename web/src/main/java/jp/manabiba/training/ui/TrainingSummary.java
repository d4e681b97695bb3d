package jp.manabiba.training.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import jp.manabiba.training.MyTraining;
import jp.manabiba.training.TrainingOverview;

/** The supporter's training on their home: the next step and whether they may work with children today. */
public final class TrainingSummary extends Div {

    public TrainingSummary(MyTraining myTraining, Locale locale) {
        addClassName("training-summary");
        TrainingOverview overview = myTraining.overview(locale);
        add(new H3(getTranslation("training.my.title")), new NextStepCard(overview.nextStep()), new GateBanner(overview),
                new Anchor("training", getTranslation("training.gate.go")));
    }
}
