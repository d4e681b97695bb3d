package jp.manabiba.base.ui;

import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.upload.UploadI18N;

/** Every text of Vaadin's upload (its button, drop zone, progress and errors) from the bundles. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(UnaryOperator<String> component) {
        UnaryOperator<String> text = key -> component.apply("upload." + key);
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text.apply("drop-one")).setMany(text.apply("drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text.apply("add-one")).setMany(text.apply("add-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text.apply("too-many"))
                        .setFileIsTooBig(text.apply("too-big"))
                        .setIncorrectFileType(text.apply("wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text.apply("connecting"))
                                .setStalled(text.apply("stalled"))
                                .setProcessing(text.apply("processing"))
                                .setHeld(text.apply("held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text.apply("remaining"))
                                .setUnknown(text.apply("remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text.apply("server-unavailable"))
                                .setUnexpectedServerError(text.apply("server-error"))
                                .setForbidden(text.apply("forbidden"))
                                .setFileTooLarge(text.apply("too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(text.apply("retry"))
                        .setStart(text.apply("start"))
                        .setRemove(text.apply("remove")))
                .setUnits(List.of(text.apply("units").split(",")));
    }
}
