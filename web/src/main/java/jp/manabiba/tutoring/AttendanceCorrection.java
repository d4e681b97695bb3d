package jp.manabiba.tutoring;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A tutor's change of a child's attendance, kept as history. */
@Entity
@Table(name = "attendance_correction")
public class AttendanceCorrection {

    public static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long attendanceId;

    @Enumerated(EnumType.STRING)
    private AttendanceState fromState;

    @Enumerated(EnumType.STRING)
    private AttendanceState toState;

    private String reason;
    private @Nullable Long correctedBy;
    private Instant correctedAt;

    protected AttendanceCorrection() {
        this.fromState = AttendanceState.NOT_YET;
        this.toState = AttendanceState.NOT_YET;
        this.reason = "";
        this.correctedAt = Instant.EPOCH;
    }

    AttendanceCorrection(long attendanceId, AttendanceState from, AttendanceState to, String reason,
                         @Nullable Long by, Instant at) {
        this.attendanceId = attendanceId;
        this.fromState = from;
        this.toState = to;
        this.reason = reason;
        this.correctedBy = by;
        this.correctedAt = at;
    }
}
