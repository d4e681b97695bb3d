package jp.manabiba.i18n;

import java.time.ZoneId;

/** The programme's time zone: dates, times and nightly jobs are Takatsuki's, whatever the server's zone. */
public final class ProgrammeZone {

    /** For annotations such as {@code @Scheduled(zone = ...)}, which need a constant. */
    public static final String ID = "Asia/Tokyo";
    public static final ZoneId TOKYO = ZoneId.of(ID);

    private ProgrammeZone() {
    }
}
