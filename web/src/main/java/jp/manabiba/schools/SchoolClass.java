package jp.manabiba.schools;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/** A class of a school in a school year, as a roster names it. */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long schoolId;
    private String name;
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private @Nullable Grade grade;

    private @Nullable String sourcedId;

    protected SchoolClass() {
        this.name = "";
    }

    public SchoolClass(long schoolId, String name, int fiscalYear, @Nullable Grade grade, String sourcedId) {
        this.schoolId = schoolId;
        this.name = name;
        this.fiscalYear = fiscalYear;
        this.grade = grade;
        this.sourcedId = sourcedId;
    }

    /** Brings the class in line with the roster; true when anything changed. */
    boolean update(long schoolId, String name, int fiscalYear, @Nullable Grade grade) {
        boolean changed = this.schoolId != schoolId || !this.name.equals(name) || this.fiscalYear != fiscalYear
                || this.grade != grade;
        this.schoolId = schoolId;
        this.name = name;
        this.fiscalYear = fiscalYear;
        this.grade = grade;
        return changed;
    }
}
