package jp.manabiba.base.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database constraint violation that slips past a service's own checks (two people saving the same name at the
 * same moment) is a message at the top of the dialog, logged at WARN, never a silent dialog or an ERROR
 * (issue 8, point 12).
 */
class FormDialogConflictTest extends KaribuTest {

    @Test
    void a_constraint_violation_on_save_is_a_translated_banner_and_no_error_in_the_log() {
        FormDialog dialog = new FormDialog("organisation.add", form -> {
            throw new DataIntegrityViolationException("Duplicate entry 'x' for key 'uk_organisation_name'");
        });
        dialog.open();
        try (LogCapture log = LogCapture.errors()) {
            _click(LocatorJ._get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("form.save"))));
            assertThat(log.lines()).isEmpty();
        }
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.refusalAtTop()).contains(UI.getCurrent().getTranslation("form.not-saved-conflict"));
    }
}
