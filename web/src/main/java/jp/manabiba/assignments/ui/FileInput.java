package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import jp.manabiba.assignments.AnswerFile;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.base.ui.BoundedUpload;
import org.jspecify.annotations.Nullable;

/**
 * A photo or PDF answer: one big button that opens the Chromebook's back camera ({@code capture="environment"}) or
 * the file chooser, then the thumbnail of what was saved. The bytes go to the screen inside the UI lock; the server
 * checks them (type from the content, size, a photo written again without EXIF). An upload that breaks off changes
 * nothing stored, and the child is told.
 */
final class FileInput implements AnswerInput {

    /** What the screen does with a whole upload (inside the UI lock), and with one that broke off or was too big. */
    interface Attach {
        void attach(long questionId, String fileName, byte[] bytes);

        void uploadProblem(long questionId, String messageKey, Object... arguments);
    }

    private final Div root = new Div();
    private final Div shown = new Div();
    private final Upload upload;

    FileInput(WorkView.Item item, Attach attach) {
        long questionId = item.questionId();
        UI ui = UI.getCurrent();
        upload = new Upload(new BoundedUpload(UploadKind.MAX_BYTES,
                // runs in the upload request, outside the UI lock: the screen saves it inside
                (event, bytes) -> ui.access(() -> received(attach, questionId, event.getFileName(), bytes)),
                () -> ui.access(() -> attach.uploadProblem(questionId, "upload.error.too-large",
                        UploadKind.MAX_BYTES / (1024 * 1024))),
                () -> ui.access(() -> attach.uploadProblem(questionId, "work.file.broken"))));
        upload.setAcceptedFileTypes(UploadKind.PHOTO_OR_PDF.accept());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadKind.MAX_BYTES);
        upload.setDropAllowed(false); // a tablet has nothing to drop; the button is the way
        upload.getElement().setProperty("capture", "environment");
        Button choose = new Button(root.getTranslation("work.file.choose"));
        choose.addClassNames("big-button", "file-choose");
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(rejected -> attach.uploadProblem(questionId, "upload.error.wrong-type"));
        upload.addClassName("file-upload");
        shown.addClassName("file-answer");
        root.add(shown, upload);
        show(item);
    }

    private void received(Attach attach, long questionId, String fileName, byte[] bytes) {
        attach.attach(questionId, fileName, bytes);
        upload.clearFileList();
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void show(WorkView.Item item) {
        showFile(item.file());
    }

    /** The file now stored for this question (after an upload or a reload). */
    void showFile(@Nullable AnswerFile file) {
        shown.removeAll();
        if (file != null) {
            shown.add(new AttachedFile(file, root.getTranslation("work.file.photo")));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        upload.setVisible(!readOnly);
    }

    Upload upload() {
        return upload;
    }
}
