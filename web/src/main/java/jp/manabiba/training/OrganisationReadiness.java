package jp.manabiba.training;

import java.util.List;

/**
 * An organisation's supporters in the three groups a coordinator acts on: ready, blocked (and why), and those
 * whose modules run out within {@link #EXPIRING_DAYS} days (ready today; they also count among the ready).
 */
public record OrganisationReadiness(long organisationId, List<OverviewRow> ready, List<OverviewRow> blocked,
                               List<OverviewRow> expiring) {

    public static final int EXPIRING_DAYS = 60;
}
