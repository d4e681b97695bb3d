package jp.manabiba.outcomes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A target as set: an indicator's for an organisation (or the network: none) and a period. */
public record TargetRow(String indicator, @Nullable Long organisationId, PeriodKind period, int startYear,
                        BigDecimal target) {
}
