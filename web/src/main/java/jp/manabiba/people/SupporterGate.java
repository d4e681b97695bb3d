package jp.manabiba.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a supporter may be in front of children: the training feature answers (it implements this), people asks
 * before matching a supporter with a learner. The interface lives here so that training depends on people and
 * never the other way round.
 */
public interface SupporterGate {

    /**
     * The titles of the modules the supporter still lacks (or has let expire) to work with children on that day,
     * in the order of their track; empty when they are ready.
     */
    List<String> missingBeforeChildren(long supporterId, LocalDate day);

    /** Refuses, naming what is missing, when the supporter is not ready on that day. */
    default void requireReady(long supporterId, LocalDate day, String field) {
        List<String> missing = missingBeforeChildren(supporterId, day);
        if (!missing.isEmpty()) {
            throw new jp.manabiba.i18n.InvalidInput(field, "training.gate.missing", String.join("、", missing));
        }
    }
}
