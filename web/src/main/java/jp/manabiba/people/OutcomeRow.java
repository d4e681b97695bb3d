package jp.manabiba.people;

import jp.manabiba.schools.FiscalYear;

/** Households supported in a fiscal year against the target, and the learners taking part, for one organisation. */
public record OutcomeRow(String organisation, FiscalYear year, long householdsSupported, int target, long learners) {
}
