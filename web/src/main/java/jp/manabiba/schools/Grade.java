package jp.manabiba.schools;

import java.util.Optional;

/** MEXT grade codes as rosters write them: P1-P6 (小学), J1-J3 (中学), H1-H3 (高校). */
public enum Grade {
    P1, P2, P3, P4, P5, P6,
    J1, J2, J3,
    H1, H2, H3;

    public static Optional<Grade> ofCode(String code) {
        for (Grade grade : values()) {
            if (grade.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    /** Years of schooling so far, 1 for P1 to 12 for H3: what furigana rules compare. */
    public int schoolYear() {
        return ordinal() + 1;
    }
}
