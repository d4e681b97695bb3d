package jp.manabiba.assignments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A piece of work: title, instructions, due time, questions and who gets it. */
@Entity
@Table(name = "assignment")
class Assignment {

    static final int TITLE_MAX = 100;
    static final int INSTRUCTIONS_MAX = 4000;
    static final int QUESTIONS_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private @Nullable Long organisationId;
    private long authorAccountId;
    private String title;
    private @Nullable String instructions;
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private AssignmentState state = AssignmentState.DRAFT;

    private @Nullable Long copiedFromId;
    private Instant createdAt;
    private @Nullable Instant publishedAt;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assignment_learner", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "learner_id")
    private Set<Long> learnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "assignment_series", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "series_id")
    private Set<Long> seriesIds = new HashSet<>();

    protected Assignment() {
        this.title = "";
        this.dueAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    Assignment(@Nullable Long organisationId, long authorAccountId, @Nullable Long copiedFromId, Instant now) {
        this.organisationId = organisationId;
        this.authorAccountId = authorAccountId;
        this.copiedFromId = copiedFromId;
        this.title = "";
        this.dueAt = now;
        this.createdAt = now;
    }

    void describe(String title, @Nullable String instructions, Instant dueAt) {
        this.title = title;
        this.instructions = instructions;
        this.dueAt = dueAt;
    }

    /** Drops the questions; the caller flushes before adding new ones (positions are unique). */
    void clearQuestions() {
        questions.clear();
    }

    void addQuestion(Question question) {
        question.attachTo(this, questions.size() + 1);
        questions.add(question);
    }

    void recipients(Set<Long> learners, Set<Long> series) {
        learnerIds.clear();
        learnerIds.addAll(learners);
        seriesIds.clear();
        seriesIds.addAll(series);
    }

    void addRecipients(Set<Long> learners, Set<Long> series) {
        learnerIds.addAll(learners);
        seriesIds.addAll(series);
    }

    void publish(Instant now) {
        state = AssignmentState.PUBLISHED;
        publishedAt = now;
    }

    void moveDue(Instant to) {
        dueAt = to;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    @Nullable Long organisationId() {
        return organisationId;
    }

    long authorAccountId() {
        return authorAccountId;
    }

    String title() {
        return title;
    }

    @Nullable String instructions() {
        return instructions;
    }

    Instant dueAt() {
        return dueAt;
    }

    AssignmentState state() {
        return state;
    }

    boolean published() {
        return state == AssignmentState.PUBLISHED;
    }

    @Nullable Long copiedFromId() {
        return copiedFromId;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    Set<Long> learnerIds() {
        return Set.copyOf(learnerIds);
    }

    Set<Long> seriesIds() {
        return Set.copyOf(seriesIds);
    }

    int maxScore() {
        return questions.stream().mapToInt(Question::points).sum();
    }
}
