package jp.manabiba.security;

/** Role names as constants, for {@code @RolesAllowed} on views and services. */
public final class Roles {

    public static final String LEARNER = "LEARNER";
    public static final String TUTOR = "TUTOR";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String TEACHER = "TEACHER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
