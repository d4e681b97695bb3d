package jp.manabiba.training.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.training.ModuleRow;
import jp.manabiba.training.ModuleStatus;
import org.jspecify.annotations.Nullable;

/** How a module's status reads: done on a day, valid until a day, expiring soon, expired, or still to do. */
final class StatusTexts {

    private StatusTexts() {
    }

    static String of(Component owner, ModuleRow module) {
        return of(owner, module.status(), module.doneOn(), module.validUntil());
    }

    static String of(Component owner, ModuleStatus status, @Nullable LocalDate doneOn, @Nullable LocalDate validUntil) {
        // every status but "to do" may say the first day done and the last day valid (the key picks what it needs)
        return status == ModuleStatus.TO_DO ? owner.getTranslation("training.status.TO_DO")
                : owner.getTranslation("training.status." + status.name(), date(doneOn), date(validUntil));
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : DateFields.FORMAT.format(day);
    }
}
