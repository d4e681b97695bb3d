package jp.manabiba.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/** A child of a supported household who takes part: a pupil of a school, perhaps with an account. */
@Entity
@Table(name = "learner")
public class Learner {

    public static final int NAME_MAX = 50;
    public static final int KANA_MAX = 100;
    public static final int HOME_CLASS_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long householdId;
    private String familyName;
    private String givenName;
    private String familyNameKana;
    private String givenNameKana;
    private @Nullable Long schoolId;

    @Enumerated(EnumType.STRING)
    private @Nullable Grade grade;

    private @Nullable String homeClass;

    @Enumerated(EnumType.STRING)
    private FuriganaPreference furigana;

    @Enumerated(EnumType.STRING)
    private TextSize textSize;

    private @Nullable Long accountId;
    private @Nullable String rosterSourcedId;
    private Instant createdAt;

    protected Learner() {
        this.familyName = "";
        this.givenName = "";
        this.familyNameKana = "";
        this.givenNameKana = "";
        this.furigana = FuriganaPreference.GRADE;
        this.textSize = TextSize.NORMAL;
        this.createdAt = Instant.EPOCH;
    }

    public Learner(long householdId, LearnerDetails details, Instant now) {
        this();
        this.householdId = householdId;
        this.createdAt = now;
        change(details);
    }

    public void change(LearnerDetails details) {
        this.familyName = details.familyName().strip();
        this.givenName = details.givenName().strip();
        this.familyNameKana = details.familyNameKana().strip();
        this.givenNameKana = details.givenNameKana().strip();
        this.schoolId = details.schoolId();
        this.grade = details.grade();
        this.homeClass = details.homeClass();
        this.furigana = details.furigana();
    }

    /** Takes school, grade and class from the school's roster; the names stay as the coordinator wrote them. */
    boolean updateFromRoster(@Nullable Long schoolId, @Nullable Grade grade, @Nullable String homeClass) {
        boolean changed = !java.util.Objects.equals(this.schoolId, schoolId) || this.grade != grade
                || !java.util.Objects.equals(this.homeClass, homeClass);
        this.schoolId = schoolId;
        this.grade = grade;
        this.homeClass = homeClass;
        return changed;
    }

    /** The child's own choice on their settings page (a coordinator sets the same value on the learner form). */
    void chooseFurigana(FuriganaPreference furigana) {
        this.furigana = furigana;
    }

    void chooseTextSize(TextSize textSize) {
        this.textSize = textSize;
    }

    /** The school grade, if the coordinator or the roster gave one. */
    public @Nullable Grade grade() {
        return grade;
    }

    public FuriganaPreference furigana() {
        return furigana;
    }

    public TextSize textSize() {
        return textSize;
    }

    public void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    /** The school roster's identity of this pupil: set when a roster import confirms the match. */
    public void linkRoster(String sourcedId) {
        this.rosterSourcedId = sourcedId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Learner not saved yet");
        }
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public @Nullable Long accountId() {
        return accountId;
    }

    public @Nullable Long schoolId() {
        return schoolId;
    }

    public @Nullable String rosterSourcedId() {
        return rosterSourcedId;
    }

    public String fullName() {
        return familyName + " " + givenName;
    }

    public LearnerDetails details() {
        return new LearnerDetails(familyName, givenName, familyNameKana, givenNameKana, schoolId, grade, homeClass, furigana);
    }
}
