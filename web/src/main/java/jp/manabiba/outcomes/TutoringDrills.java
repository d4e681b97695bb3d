package jp.manabiba.outcomes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.tutoring.TutoringRows;
import jp.manabiba.tutoring.TutoringRows.ChildAttendance;
import org.springframework.stereotype.Component;

/** Tutoring's records behind its figures as rows: sessions (title, Tokyo start), children (what they attended). */
@Component
class TutoringDrills {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ProgrammeZone.TOKYO);

    private final TutoringRows rows;
    private final TranslationProvider texts;

    TutoringDrills(TutoringRows rows, TranslationProvider texts) {
        this.rows = rows;
        this.texts = texts;
    }

    FirstRows<DrillRow> sessionsHeld(long organisation, MonthRange range, Locale locale) {
        return rows.sessionsHeld(organisation, range).map(s -> new DrillRow(s.id(), s.title(), START.format(s.startsAt())));
    }

    /** Children attending and hours per child count the same children: what each attended, in sessions and hours. */
    FirstRows<DrillRow> childrenAttending(long organisation, MonthRange range, Locale locale) {
        return rows.childrenAttending(organisation, range).map(c -> new DrillRow(c.learnerId(), c.name(),
                texts.getTranslation("outcomes.drill.attended", locale, String.valueOf(c.attended()), hours(c))));
    }

    FirstRows<DrillRow> childrenExpected(long organisation, MonthRange range, Locale locale) {
        return rows.childrenExpected(organisation, range).map(c -> new DrillRow(c.learnerId(), c.name(),
                texts.getTranslation("outcomes.drill.attended-of", locale, String.valueOf(c.attended()),
                        String.valueOf(c.expected()))));
    }

    private static String hours(ChildAttendance child) {
        return DrillNumbers.hours(child.minutes());
    }
}
