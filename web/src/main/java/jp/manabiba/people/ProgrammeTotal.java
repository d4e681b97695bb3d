package jp.manabiba.people;

import jp.manabiba.schools.FiscalYear;

/**
 * Households supported in a fiscal year by every organisation of the network together, against the sum of their
 * targets: the figure the programme reports (50 households a year per organisation by default).
 */
public record ProgrammeTotal(FiscalYear year, long householdsSupported, long target, int organisations) {
}
