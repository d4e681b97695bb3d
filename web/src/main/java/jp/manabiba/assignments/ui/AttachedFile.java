package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import jp.manabiba.assignments.AnswerFile;

/**
 * A file answer as any screen shows it: the thumbnail of a photo (320 px at most, a link to the whole photo) or, for
 * a PDF, a link with its name. For the child's answering screen and the reviewer's screen alike:
 * {@code new AttachedFile(item.file(), getTranslation("…"))} with {@code WorkView.Item.file()} or
 * {@code ReviewView.Item.file()}. The addresses check who asks on every request, and a reviewer's opening of the
 * whole file is audited.
 */
public class AttachedFile extends Div {

    public AttachedFile(AnswerFile file, String photoDescription) {
        addClassName("attached-file");
        Anchor open = new Anchor(file.url(), file.fileName());
        open.setTarget(AnchorTarget.BLANK);
        open.setRouterIgnore(true); // a file, not a view of the app
        open.addClassName("attached-file-link");
        if (file.image()) {
            Image thumbnail = new Image(file.thumbnailUrl(), photoDescription);
            thumbnail.addClassName("attached-file-thumbnail");
            Anchor picture = new Anchor(file.url(), thumbnail);
            picture.setTarget(AnchorTarget.BLANK);
            picture.setRouterIgnore(true);
            add(picture);
        }
        add(open);
    }
}
