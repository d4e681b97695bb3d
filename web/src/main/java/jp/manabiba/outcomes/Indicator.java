package jp.manabiba.outcomes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An indicator of the logic model, as V025 seeds it; read-only here (the model changes by migration). */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    private String code;
    private String outcomeCode;
    private int position;
    private String titleJa;
    private String titleEn;
    private String definitionJa;
    private String definitionEn;
    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;
    @Enumerated(EnumType.STRING)
    private IndicatorSource source;
    private boolean childCount;
    @Enumerated(EnumType.STRING)
    private Aggregation aggregation;

    protected Indicator() {
        code = outcomeCode = titleJa = titleEn = definitionJa = definitionEn = "";
        unit = IndicatorUnit.COUNT;
        source = IndicatorSource.MANUAL;
        aggregation = Aggregation.SUM;
    }

    IndicatorInfo info() {
        return new IndicatorInfo(code, outcomeCode, position, titleJa, titleEn, definitionJa, definitionEn, unit, source,
                childCount, aggregation);
    }
}
