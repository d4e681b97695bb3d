package jp.manabiba.schools.roster;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A row of enrollments.csv: a user in a class.
 *
 * @param role       empty when the value is an {@code ext:} extension or not a OneRoster role (then with a problem)
 * @param shussekiNo Japan Profile {@code metadata.jp.shussekiNo} (第2版: {@code ShussekiNo}), the attendance number
 *                   (出席番号) in this class
 * @param publicFlg  Japan Profile {@code metadata.jp.publicFlg} (第2版: {@code PublicFlg}), a 公開フラグ; passed on as
 *                   written, since what it allows to be shown is the school's rule, not the reader's
 */
public record RosterEnrollment(
        String sourcedId,
        String classSourcedId,
        String schoolSourcedId,
        String userSourcedId,
        @Nullable RosterRole role,
        @Nullable Boolean primary,
        @Nullable LocalDate beginDate,
        @Nullable LocalDate endDate,
        @Nullable Integer shussekiNo,
        @Nullable Boolean publicFlg,
        int line,
        boolean toBeDeleted) implements RosterRow {
}
