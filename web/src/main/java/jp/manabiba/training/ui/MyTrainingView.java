package jp.manabiba.training.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import jp.manabiba.training.CertificateDocuments;
import jp.manabiba.training.MyTraining;
import jp.manabiba.training.Requirement;
import jp.manabiba.training.TrainingOverview;

/**
 * A tutor's or volunteer's "My training" (わたしの研修): the next step first, then whether they may work with
 * children today, then their track's modules by what they are needed for, each with its status and its link.
 */
@Route("training")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class MyTrainingView extends Main implements HasDynamicTitle {

    public MyTrainingView(MyTraining myTraining, CertificateDocuments documents) {
        CertificateLinks certificates = new CertificateLinks(documents, getLocale());
        addClassNames("people-view", "my-training");
        TrainingOverview overview = myTraining.overview(getLocale());
        add(new H2(getTranslation("training.my.title")), new NextStepCard(overview.nextStep()), new GateBanner(overview));
        if (overview.trainedOn() != null) {
            Paragraph trained = new Paragraph(getTranslation("training.my.trained", StatusTexts.date(overview.trainedOn())));
            trained.addClassName("training-trained");
            add(trained, certificates.forTrack(getTranslation("training.certificate.download-track")));
        }
        if (overview.modules().isEmpty()) {
            add(new Paragraph(getTranslation("training.my.no-modules")));
        }
        for (Requirement requirement : Requirement.values()) {
            if (!overview.inGroup(requirement).isEmpty()) {
                add(new ModuleGroup(requirement, overview.inGroup(requirement), certificates));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.my.title");
    }
}
