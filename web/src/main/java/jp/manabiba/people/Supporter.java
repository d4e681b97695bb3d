package jp.manabiba.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A university-student tutor, ex-nursery-teacher, parent or other volunteer of an organisation. */
@Entity
@Table(name = "supporter")
public class Supporter {

    public static final int NAME_MAX = 50;
    public static final int AFFILIATION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organisationId;

    @Enumerated(EnumType.STRING)
    private SupporterCategory category;

    private String familyName;
    private String givenName;
    private @Nullable String affiliation;
    private @Nullable String faculty;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable Long accountId;
    /** The learner of this organisation the supporter once was: a child who came back as a supporter. */
    private @Nullable Long formerLearnerId;
    private Instant createdAt;

    protected Supporter() {
        this.category = SupporterCategory.OTHER_VOLUNTEER;
        this.familyName = "";
        this.givenName = "";
        this.createdAt = Instant.EPOCH;
    }

    public Supporter(long organisationId, SupporterDetails details, Instant now) {
        this();
        this.organisationId = organisationId;
        this.createdAt = now;
        change(details);
    }

    public void change(SupporterDetails details) {
        this.category = details.category();
        this.familyName = details.familyName().strip();
        this.givenName = details.givenName().strip();
        this.affiliation = details.affiliation();
        this.faculty = details.faculty();
        this.email = details.email();
        this.phone = details.phone();
    }

    public void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    /** SupporterRecords checks the learner is of this organisation and linked to no other supporter. */
    void linkFormerLearner(@Nullable Long learnerId) {
        this.formerLearnerId = learnerId;
    }

    public @Nullable Long formerLearnerId() {
        return formerLearnerId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Supporter not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public @Nullable Long accountId() {
        return accountId;
    }

    public String fullName() {
        return familyName + " " + givenName;
    }

    public SupporterDetails details() {
        return new SupporterDetails(category, familyName, givenName, affiliation, faculty, email, phone);
    }
}
