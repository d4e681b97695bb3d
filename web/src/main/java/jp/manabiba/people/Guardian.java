package jp.manabiba.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A parent or other guardian of a household, with how to reach them. Contact details are sensitive. */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    private String familyName;
    private String givenName;
    private @Nullable String relationship;
    private @Nullable String phone;
    private @Nullable String email;

    @Enumerated(EnumType.STRING)
    private HomeLanguage preferredLanguage;

    protected Guardian() {
        this.household = new Household();
        this.familyName = "";
        this.givenName = "";
        this.preferredLanguage = HomeLanguage.JA;
    }

    Guardian(Household household, GuardianDetails details) {
        this.household = household;
        this.familyName = details.familyName().strip();
        this.givenName = details.givenName().strip();
        this.relationship = details.relationship();
        this.phone = details.phone();
        this.email = details.email();
        this.preferredLanguage = details.preferredLanguage();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Guardian not saved yet");
        }
        return id;
    }

    public GuardianDetails details() {
        return new GuardianDetails(familyName, givenName, relationship, phone, email, preferredLanguage);
    }
}
