package jp.manabiba.learning;

import jp.manabiba.curriculum.unit.EsdAbility;

/** A group's change on one ability: the children who rated both times, and their mean before and after (1-4). */
public record AbilityChange(EsdAbility ability, int children, double startMean, double endMean) {

    public double change() {
        return endMean - startMean;
    }
}
