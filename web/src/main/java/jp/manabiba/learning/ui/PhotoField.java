package jp.manabiba.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.base.ui.BoundedUpload;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.learning.ActivityView;
import jp.manabiba.learning.LookAroundPhoto;
import jp.manabiba.learning.LookAroundPhotos;
import org.jspecify.annotations.Nullable;

/**
 * The photo of a look-around: one big button that opens the back camera, then the photo's thumbnail and
 * 「しゃしんを ほぞんしました」. The bytes are saved inside the UI lock; a photo that cannot be used or an upload that
 * broke off is said under the activity, and the photo kept before stays.
 */
final class PhotoField extends Div {

    private final Div shown = new Div();
    private final SaveStatus status;

    PhotoField(String unitId, ActivityView activity, LookAroundPhotos photos, SaveStatus status) {
        this.status = status;
        addClassName("look-around-photo");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new BoundedUpload(UploadKind.MAX_BYTES,
                (event, bytes) -> ui.access(() -> save(photos, unitId, activity.id(), event.getFileName(), bytes)),
                () -> ui.access(() -> status.refused(getTranslation("upload.error.too-large",
                        UploadKind.MAX_BYTES / (1024 * 1024)))),
                () -> ui.access(() -> status.refused(getTranslation("work.file.broken")))));
        upload.setAcceptedFileTypes(UploadKind.PHOTO.accept());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadKind.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.getElement().setProperty("capture", "environment");
        Button choose = new Button(getTranslation("lesson.photo.choose"));
        choose.addClassNames("big-button", "photo-choose");
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(rejected -> status.refused(getTranslation("upload.error.wrong-type")));
        upload.addClassName("photo-upload");
        add(shown, upload);
        show(activity.photo());
    }

    private void save(LookAroundPhotos photos, String unitId, String activityId, String fileName, byte[] bytes) {
        try {
            LookAroundPhoto saved = photos.attach(unitId, activityId, fileName, bytes);
            show(saved);
            status.removeClassName("save-error");
            status.setText(getTranslation("lesson.photo.saved", SaveStatus.TIME.format(saved.uploadedAt())));
        } catch (InvalidInput refusal) {
            status.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        getChildren().filter(Upload.class::isInstance).map(Upload.class::cast).forEach(Upload::clearFileList);
    }

    private void show(@Nullable LookAroundPhoto photo) {
        shown.removeAll();
        if (photo != null) {
            Image thumbnail = new Image(photo.thumbnailUrl(), getTranslation("lesson.photo.alt"));
            thumbnail.addClassName("attached-file-thumbnail");
            Anchor open = new Anchor(photo.url(), thumbnail);
            open.setTarget(AnchorTarget.BLANK);
            open.setRouterIgnore(true);
            shown.add(open);
        }
    }
}
