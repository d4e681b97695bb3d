package jp.manabiba.outcomes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An outcome of the logic model, grouping indicators; seeded by V025. */
@Entity
@Table(name = "outcome")
class Outcome {

    @Id
    private String code;
    private int position;
    private String titleJa;
    private String titleEn;

    protected Outcome() {
        code = titleJa = titleEn = "";
    }
}
