package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jp.manabiba.i18n.ProgrammeZone;

/** A workshop as the lists show it, with its seats counted ({@code booked} holds attended and absent too). */
public record WorkshopRow(long id, long organisationId, String organisationName, String title, Instant startsAt,
                          Instant endsAt, String place, String trainer, int capacity, int booked, int waiting,
                          boolean cancelled, List<ModuleChoice> modules) {

    public int seatsLeft() {
        return Math.max(0, capacity - booked);
    }

    public LocalDate day() {
        return startsAt.atZone(ProgrammeZone.TOKYO).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt.atZone(ProgrammeZone.TOKYO).toLocalTime();
    }

    public LocalTime endTime() {
        return endsAt.atZone(ProgrammeZone.TOKYO).toLocalTime();
    }
}
