package jp.manabiba.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.security.Roles;
import jp.manabiba.training.CertificateRow;
import jp.manabiba.training.CertificateState;
import jp.manabiba.training.Certificates;

/**
 * The supporter sends the certificate of an external course (first aid at the fire department) and follows what
 * became of each one: waiting, approved, or sent back with the coordinator's reason. Reached from "My training".
 */
@Route("training/certificates")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class CertificatesView extends Main implements HasDynamicTitle {

    private final Certificates certificates;
    private final Grid<CertificateRow> mine = new Grid<>();

    public CertificatesView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("people-view", "certificates-view");
        mine.addColumn(CertificateRow::moduleTitle).setHeader(getTranslation("training.certificate.module")).setFlexGrow(1);
        mine.addColumn(row -> DateFields.format(row.completedOn()))
                .setHeader(getTranslation("training.certificate.completed-on")).setAutoWidth(true);
        mine.addComponentColumn(this::file).setHeader(getTranslation("training.certificate.file")).setFlexGrow(1);
        mine.addColumn(this::decision).setHeader(getTranslation("training.workshop.state")).setKey("state").setFlexGrow(1);
        mine.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        mine.addClassName("my-certificates");
        mine.setEmptyStateText(getTranslation("empty.training.certificates"));
        add(new CertificateUploadForm(certificates, this::refresh), new H2(getTranslation("training.certificate.mine")), mine);
        refresh();
    }

    private Anchor file(CertificateRow row) {
        Anchor open = new Anchor(row.fileUrl(), row.fileName());
        open.setTarget(AnchorTarget.BLANK);
        open.setRouterIgnore(true);
        return open;
    }

    /** The state, and for a certificate sent back, why. */
    private String decision(CertificateRow row) {
        String state = getTranslation("training.certificate.state." + row.state().name());
        return row.state() == CertificateState.REFUSED && row.reason() != null
                ? state + "　" + getTranslation("training.certificate.reason", row.reason()) : state;
    }

    private void refresh() {
        mine.setItems(certificates.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.certificates.title");
    }
}
