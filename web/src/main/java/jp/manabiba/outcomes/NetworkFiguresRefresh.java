package jp.manabiba.outcomes;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link NetworkFigures} counted: every five minutes (on each node: the figures live in its memory), as the
 * system's administrator, who sees the whole network. The first run after a start counts this fiscal year's
 * network dashboard, so the first administrator to open it does not wait. Off with
 * {@code manabiba.outcomes.network-refresh-cron=-} (the tests count live).
 */
@Component
class NetworkFiguresRefresh {

    private static final Logger log = LoggerFactory.getLogger(NetworkFiguresRefresh.class);

    private final NetworkFigures figures;
    private final OutcomeDashboard dashboard;
    private final SystemAccess system;

    NetworkFiguresRefresh(NetworkFigures figures, OutcomeDashboard dashboard, SystemAccess system) {
        this.figures = figures;
        this.dashboard = dashboard;
        this.system = system;
    }

    @Scheduled(cron = "${manabiba.outcomes.network-refresh-cron:30 */5 * * * *}", zone = ProgrammeZone.ID)
    void refresh() {
        long began = System.nanoTime();
        if (figures.isEmpty()) {
            system.asAdministrator(() -> {
                dashboard.cards(null, dashboard.currentYear());
            });
        } else {
            system.asAdministrator(figures::recount);
        }
        log.debug("Network figures counted in {} ms", (System.nanoTime() - began) / 1_000_000);
    }
}
