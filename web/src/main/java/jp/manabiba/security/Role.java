package jp.manabiba.security;

/** What a person does in the programme. One account may hold several roles (a parent who also tutors). */
public enum Role {
    LEARNER,
    TUTOR,
    VOLUNTEER,
    TEACHER,
    COORDINATOR,
    ADMIN;

    /** The Spring Security authority: {@code ROLE_LEARNER} etc. */
    public String authority() {
        return "ROLE_" + name();
    }
}
