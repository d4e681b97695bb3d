package jp.manabiba.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.training.Certificate;
import jp.manabiba.training.CertificateRow;
import jp.manabiba.training.Certificates;

/**
 * Certificates of external courses waiting for the coordinator, oldest first: open the file (each opening is
 * audited), then approve it (the module is completed on the day the supporter gave) or send it back with a reason.
 */
@Route("training/approvals")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CertificateApprovalsView extends Main implements HasDynamicTitle {

    private final Certificates certificates;
    private final Grid<CertificateRow> grid = new Grid<>();

    public CertificateApprovalsView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("people-view", "approvals-view");
        grid.addColumn(CertificateRow::supporterName).setHeader(getTranslation("training.approvals.supporter")).setAutoWidth(true);
        grid.addColumn(CertificateRow::moduleTitle).setHeader(getTranslation("training.certificate.module")).setFlexGrow(1);
        grid.addColumn(row -> DateFields.format(row.completedOn()))
                .setHeader(getTranslation("training.certificate.completed-on")).setAutoWidth(true);
        grid.addComponentColumn(this::file).setHeader(getTranslation("training.certificate.file")).setFlexGrow(1);
        grid.addComponentColumn(this::decide).setHeader(getTranslation("training.workshop.actions")).setKey("decide")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("approvals-grid");
        grid.setEmptyStateText(getTranslation("empty.training.approvals"));
        add(grid);
        refresh();
    }

    private Anchor file(CertificateRow row) {
        Anchor open = new Anchor(row.fileUrl(), row.fileName());
        open.setTarget(AnchorTarget.BLANK);
        open.setRouterIgnore(true); // a file behind its own access check, not a view
        open.addClassName("certificate-file");
        return open;
    }

    private Div decide(CertificateRow row) {
        Button approve = new Button(getTranslation("training.approvals.approve"), click -> {
            try {
                certificates.approve(row.id());
                Notices.saved(this);
            } catch (InvalidInput refused) {
                Notices.error(this, refused.messageKey(), refused.arguments());
            }
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClassName("certificate-approve");
        Button refuse = new Button(getTranslation("training.approvals.refuse"), click -> refuseDialog(row).open());
        refuse.addClassName("certificate-refuse");
        Div buttons = new Div(approve, refuse);
        buttons.addClassName("row-actions");
        return buttons;
    }

    private FormDialog refuseDialog(CertificateRow row) {
        TextArea reason = new TextArea();
        FormDialog dialog = new FormDialog("training.approvals.refuse-title", form -> {
            certificates.refuse(row.id(), reason.getValue());
            refresh();
        });
        reason.setLabel(dialog.getTranslation("training.approvals.reason"));
        reason.setMaxLength(Certificate.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        dialog.span(dialog.field("reason", reason));
        return dialog;
    }

    private void refresh() {
        grid.setItems(certificates.waiting());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.approvals.title");
    }
}
