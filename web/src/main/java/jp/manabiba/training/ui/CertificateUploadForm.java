package jp.manabiba.training.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.base.ui.BoundedUpload;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.training.Certificates;
import jp.manabiba.training.ModuleChoice;

/**
 * The course, the day it was completed and the certificate's file, then 提出する. The file is held here until then
 * (at most {@link UploadKind#MAX_BYTES}, enforced by {@link BoundedUpload}); the server reads its type from the bytes.
 * A refusal of the file shows right under the upload, the others at their fields; nothing is stored half-way.
 */
final class CertificateUploadForm extends Div {

    private final Select<ModuleChoice> module = new Select<>();
    private final DateField completedOn = new DateField();
    private final Upload upload;
    private final Span chosen = new Span();
    private final Div fileProblem = new Div();
    private final FieldErrors errors = new FieldErrors(fileProblem);
    private byte[] bytes = new byte[0];
    private String fileName = "";

    CertificateUploadForm(Certificates certificates, Runnable submitted) {
        addClassName("certificate-form");
        List<ModuleChoice> courses = certificates.externalModules();
        module.setLabel(getTranslation("training.certificate.module"));
        module.setItems(courses);
        module.setItemLabelGenerator(choice -> choice.title(WorkshopTexts.locale()));
        if (courses.size() == 1) {
            module.setValue(courses.getFirst());
        }
        completedOn.setLabel(getTranslation("training.certificate.completed-on"));
        UI ui = UI.getCurrent();
        upload = new Upload(new BoundedUpload(UploadKind.MAX_BYTES,
                // runs in the upload request, outside the UI lock: the bytes are handed over inside it
                (event, received) -> ui.access(() -> hold(event.getFileName(), received)),
                () -> ui.access(() -> problem("training.certificate.error.too-large", UploadKind.MAX_BYTES / (1024 * 1024))),
                () -> ui.access(() -> problem("training.certificate.error.broken"))));
        upload.setAcceptedFileTypes(UploadKind.PHOTO_OR_PDF.accept());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadKind.MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("training.certificate.choose")));
        upload.addFileRejectedListener(rejected -> problem("training.certificate.error.wrong-type"));
        upload.addClassName("certificate-upload");
        chosen.addClassName("certificate-chosen");
        Button submit = new Button(getTranslation("training.certificate.submit"), click -> {
            errors.clear();
            try {
                if (module.getValue() == null) {
                    throw new InvalidInput("module", "validation.required");
                }
                certificates.submit(module.getValue().id(), DateFields.required(completedOn, "completedOn"), fileName, bytes);
                Notices.saved(this);
                clearFile();
                completedOn.clear();
                submitted.run();
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("certificate-submit");
        errors.field("module", module);
        errors.field("completedOn", completedOn);
        add(module, completedOn, upload, chosen, fileProblem, submit);
    }

    private void hold(String name, byte[] received) {
        errors.clear();
        fileName = name;
        bytes = received;
        chosen.setText(getTranslation("training.certificate.chosen", name));
        upload.clearFileList();
    }

    private void problem(String key, Object... arguments) {
        clearFile();
        errors.show(new InvalidInput("file", key, arguments), this);
    }

    private void clearFile() {
        bytes = new byte[0];
        fileName = "";
        chosen.setText("");
    }
}
