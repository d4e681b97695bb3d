package jp.manabiba.outcomes;

import java.util.Locale;

import jp.manabiba.assignments.WorkRows;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.learning.EsdRows;
import org.springframework.stereotype.Component;

/** Assignments' and learning's records behind their figures as rows: work handed in, units, rating pairs, actions. */
@Component
class LearningDrills {

    private final WorkRows work;
    private final EsdRows esd;
    private final TranslationProvider texts;

    LearningDrills(WorkRows work, EsdRows esd, TranslationProvider texts) {
        this.work = work;
        this.esd = esd;
        this.texts = texts;
    }

    FirstRows<DrillRow> work(long organisation, MonthRange range, Locale locale) {
        return work.completedIn(organisation, range).map(w -> new DrillRow(w.submissionId(), w.assignment(),
                texts.getTranslation("outcomes.drill.handed-in", locale, w.child(), w.handedIn().toString())));
    }

    FirstRows<DrillRow> units(long organisation, MonthRange range, Locale locale) {
        return esd.unitsCompleted(organisation, range, locale).map(u -> new DrillRow(u.learnerId(), u.unit(),
                texts.getTranslation("outcomes.drill.unit", locale, u.child(), u.done().toString(),
                        DrillNumbers.level(u.startLevel()), DrillNumbers.level(u.endLevel()))));
    }

    FirstRows<DrillRow> ratingPairs(long organisation, MonthRange range, Locale locale) {
        return esd.ratingPairs(organisation, range, locale).map(p -> new DrillRow(p.learnerId(), p.child(),
                texts.getTranslation("outcomes.drill.rating-pair", locale, p.unit(),
                        p.ability() == null ? "" : texts.getTranslation("growth.ability." + p.ability().name(), locale),
                        DrillNumbers.level(p.startLevel()), DrillNumbers.level(p.endLevel()), p.done().toString())));
    }

    /** Community actions and their hours count the same actions: what, who, when, how long. */
    FirstRows<DrillRow> actions(long organisation, MonthRange range, Locale locale) {
        return esd.actions(organisation, range).map(a -> new DrillRow(a.id(), DrillNumbers.line(a.what()),
                texts.getTranslation("outcomes.drill.action", locale, a.child(), a.doneOn().toString(),
                        String.valueOf(a.minutes()))));
    }
}
