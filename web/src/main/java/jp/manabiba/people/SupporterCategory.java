package jp.manabiba.people;

/** The programme counts supporters trained by category: 40 students, 45 ex-nursery-teachers, 45 parents. */
public enum SupporterCategory {
    UNIVERSITY_STUDENT,
    EX_NURSERY_TEACHER,
    PARENT,
    OTHER_VOLUNTEER
}
