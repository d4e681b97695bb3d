package jp.manabiba.outcomes;

import java.util.Locale;

import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.training.TrainingRows;
import jp.manabiba.training.TrainingRows.CountedSupporter;
import org.springframework.stereotype.Component;

/** Training's supporters behind its figures as rows: name, category and the day that counts. */
@Component
class TrainingDrills {

    private final TrainingRows rows;
    private final TranslationProvider texts;

    TrainingDrills(TrainingRows rows, TranslationProvider texts) {
        this.rows = rows;
        this.texts = texts;
    }

    IndicatorQuery.Drill trained(SupporterCategory category) {
        return (organisation, range, locale) -> shown(rows.trained(category, organisation, range), "outcomes.drill.trained", locale);
    }

    FirstRows<DrillRow> ready(long organisation, MonthRange range, Locale locale) {
        return shown(rows.ready(organisation, range), "outcomes.drill.ready", locale);
    }

    FirstRows<DrillRow> interpersonal(long organisation, MonthRange range, Locale locale) {
        return shown(rows.interpersonal(organisation, range), "outcomes.drill.interpersonal", locale);
    }

    private FirstRows<DrillRow> shown(FirstRows<CountedSupporter> supporters, String key, Locale locale) {
        return supporters.map(s -> new DrillRow(s.id(), s.name(), texts.getTranslation(key, locale,
                texts.getTranslation("supporter.category." + s.category().name(), locale), s.day().toString())));
    }
}
