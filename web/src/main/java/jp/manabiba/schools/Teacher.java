package jp.manabiba.schools;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A school teacher, who sees the progress of their own school's pupils whose guardians consented. */
@Entity
@Table(name = "teacher")
public class Teacher {

    public static final int NAME_MAX = 50;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long schoolId;
    private @Nullable Long accountId;
    private String familyName;
    private String givenName;
    private @Nullable String email;
    private @Nullable String sourcedId;

    protected Teacher() {
        this.familyName = "";
        this.givenName = "";
    }

    public Teacher(long schoolId, String familyName, String givenName, @Nullable String email, @Nullable String sourcedId) {
        this.schoolId = schoolId;
        this.familyName = familyName;
        this.givenName = givenName;
        this.email = email;
        this.sourcedId = sourcedId;
    }

    public void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    /** Brings the teacher in line with the roster; true when anything changed. */
    boolean update(long schoolId, String familyName, String givenName, @Nullable String email) {
        boolean changed = this.schoolId != schoolId || !this.familyName.equals(familyName)
                || !this.givenName.equals(givenName) || !java.util.Objects.equals(this.email, email);
        this.schoolId = schoolId;
        this.familyName = familyName;
        this.givenName = givenName;
        this.email = email;
        return changed;
    }

    public String fullName() {
        return familyName + " " + givenName;
    }

    public @Nullable String email() {
        return email;
    }

    public long schoolId() {
        return schoolId;
    }

    public @Nullable Long accountId() {
        return accountId;
    }

    public @Nullable String sourcedId() {
        return sourcedId;
    }
}
