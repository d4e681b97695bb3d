package jp.manabiba.tutoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A weekly or fortnightly series of sessions on given weekdays, from one date to another. */
@Entity
@Table(name = "session_series")
public class SessionSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organisationId;
    private String title;
    private @Nullable Long siteId;
    private @Nullable String meetingUrl;
    private String weekdays;
    private int everyWeeks;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalTime startTime;
    private LocalTime endTime;
    private int capacity;
    private boolean endsNextDay;
    private int lateAfterMinutes;
    private Instant createdAt;

    protected SessionSeries() {
        this.title = "";
        this.weekdays = "";
        this.startsOn = LocalDate.EPOCH;
        this.endsOn = LocalDate.EPOCH;
        this.startTime = LocalTime.MIDNIGHT;
        this.endTime = LocalTime.MIDNIGHT;
        this.createdAt = Instant.EPOCH;
    }

    SessionSeries(long organisationId, SeriesPlan plan, Instant now) {
        this.organisationId = organisationId;
        this.title = plan.title();
        this.siteId = plan.place().siteId();
        this.meetingUrl = plan.place().meetingUrl();
        this.weekdays = plan.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.everyWeeks = plan.everyWeeks();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.startTime = plan.startTime();
        this.endTime = plan.endTime();
        this.capacity = plan.capacity();
        this.endsNextDay = plan.endsNextDay();
        this.lateAfterMinutes = plan.lateAfterMinutes();
        this.createdAt = now;
    }

    /** The dates of the series: its weekdays every week or every other week (counted from the first week). */
    static List<LocalDate> dates(SeriesPlan plan) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate firstMonday = plan.startsOn().with(DayOfWeek.MONDAY);
        for (LocalDate day = plan.startsOn(); !day.isAfter(plan.endsOn()); day = day.plusDays(1)) {
            long week = ChronoUnit.WEEKS.between(firstMonday, day.with(DayOfWeek.MONDAY));
            if (plan.weekdays().contains(day.getDayOfWeek()) && week % plan.everyWeeks() == 0
                    && !plan.skipped().contains(day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Series not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public Set<DayOfWeek> weekdays() {
        return weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
