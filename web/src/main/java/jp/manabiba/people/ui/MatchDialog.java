package jp.manabiba.people.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.Matching;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;

/** Matches a tutor or volunteer of the learner's organisation with the learner, from a date. */
final class MatchDialog {

    private MatchDialog() {
    }

    static FormDialog create(SupporterRecords supporters, Matching matching, long learnerId, Clock clock, Runnable saved) {
        ComboBox<SupporterRow> supporter = new ComboBox<>();
        DatePicker startsOn = new DateField(LocalDate.now(clock));
        DatePicker endsOn = new DateField();
        FormDialog dialog = new FormDialog("match.add", form -> {
            long chosen = FormDialog.chosen("supporter", supporter.getValue()).id();
            LocalDate starts = DateFields.required(startsOn, "startsOn");
            LocalDate ends = DateFields.optional(endsOn, "endsOn");
            matching.match(chosen, learnerId, starts, ends);
        }, saved);
        supporter.setItems(supporters.list());
        supporter.setItemLabelGenerator(s -> label(dialog, s));
        supporter.setRequiredIndicatorVisible(true);
        dialog.field("supporter", "match.supporter", supporter);
        dialog.field("startsOn", "match.starts-on", startsOn);
        dialog.field("endsOn", "match.ends-on", endsOn);
        return dialog;
    }

    /** Two supporters may share a name: their category, university or affiliation and organisation tell them apart. */
    static String label(FormDialog dialog, SupporterRow s) {
        String category = dialog.getTranslation("supporter.category." + s.category().name());
        String about = s.affiliation() == null ? category : category + dialog.getTranslation("list.separator") + s.affiliation();
        return dialog.getTranslation("match.supporter-label", s.fullName(), about, s.organisation());
    }
}
