package jp.manabiba.tutoring;

import java.time.YearMonth;

/** One child's sessions in one month (Asia/Tokyo): held (ended, not cancelled, enrolled) and attended. */
public record MonthlyAttendance(long learnerId, YearMonth month, int held, int attended) {
}
