package jp.manabiba.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import jp.manabiba.training.ModuleRow;

/**
 * Where a module is taken: a self-study module in the reader here; a workshop by signing up for one; an external
 * course by sending its certificate. The last two screens are reserved routes of the workshops' screens, linked by
 * their address so that this feature does not depend on their classes.
 */
final class ModuleLinks {

    static final String MY_TRAINING = "training";
    static final String SIGN_UP = "training/sign-up";
    static final String CERTIFICATES = "training/certificates";
    private static final String READER = "training/module/";

    private ModuleLinks() {
    }

    static String route(ModuleRow module) {
        return switch (module.kind()) {
            case SELF_STUDY -> READER + module.code();
            case WORKSHOP -> SIGN_UP;
            case EXTERNAL -> CERTIFICATES;
        };
    }

    /** What the link says: study, renew or read again for a self-study module; sign up; send a certificate. */
    static String label(Component owner, ModuleRow module) {
        return switch (module.kind()) {
            case SELF_STUDY -> owner.getTranslation(switch (module.status()) {
                case TO_DO -> "training.action.study";
                case EXPIRED, EXPIRING_SOON -> "training.action.renew";
                case DONE, VALID -> "training.action.read-again";
            });
            case WORKSHOP -> owner.getTranslation("training.action.sign-up");
            case EXTERNAL -> owner.getTranslation("training.action.certificate");
        };
    }

    /** The link; disabled for a self-study module whose content is not deployed (nothing to open). */
    static Anchor anchor(Component owner, ModuleRow module, String className) {
        Anchor link = new Anchor(route(module), label(owner, module));
        link.addClassName(className);
        link.setEnabled(module.studyable());
        return link;
    }
}
