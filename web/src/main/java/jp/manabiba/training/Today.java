package jp.manabiba.training;

import java.time.Clock;
import java.time.LocalDate;

import jp.manabiba.i18n.ProgrammeZone;

/** Training is counted in Takatsuki's calendar days, whatever the server's zone. */
final class Today {

    private Today() {
    }

    static LocalDate of(Clock clock) {
        return LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
    }
}
