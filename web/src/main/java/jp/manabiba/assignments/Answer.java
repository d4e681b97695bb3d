package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The current attempt's answer to one question: the child's draft, then its score and the tutor's comment. */
@Entity
@Table(name = "assignment_answer")
class Answer {

    static final int LONG_TEXT_MAX = 4000;
    static final int SHORT_TEXT_MAX = 200;
    static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long submissionId;
    private long questionId;
    private @Nullable String textAnswer;

    @Convert(converter = DecimalText.class)
    private @Nullable BigDecimal numberValue;

    private @Nullable Long fileId;
    private Instant savedAt;
    private @Nullable Integer score;
    private @Nullable String comment;

    @ElementCollection
    @CollectionTable(name = "assignment_answer_choice", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "choice_id")
    private Set<Long> choiceIds = new HashSet<>();

    protected Answer() {
        this.savedAt = Instant.EPOCH;
    }

    Answer(long submissionId, long questionId, Instant savedAt) {
        this.submissionId = submissionId;
        this.questionId = questionId;
        this.savedAt = savedAt;
    }

    /** True when this draft is what is stored already: saving it again changes nothing. */
    boolean holds(@Nullable String text, Set<Long> choices) {
        return Objects.equals(textAnswer, text) && choiceIds.equals(choices);
    }

    void draft(@Nullable String text, @Nullable BigDecimal number, Set<Long> choices, Instant at) {
        textAnswer = text;
        numberValue = number;
        choiceIds.clear();
        choiceIds.addAll(choices);
        savedAt = at;
    }

    /** A FILE question's answer: the new file replaces the old one, whose id goes back to be deleted. */
    @Nullable Long attach(long newFileId, Instant at) {
        Long old = fileId;
        fileId = newFileId;
        savedAt = at;
        return old;
    }

    void mark(@Nullable Integer points, @Nullable String tutorComment) {
        score = points;
        comment = tutorComment;
    }

    boolean empty() {
        return (textAnswer == null || textAnswer.isBlank()) && choiceIds.isEmpty() && fileId == null;
    }

    long submissionId() {
        return submissionId;
    }

    long questionId() {
        return questionId;
    }

    @Nullable String textAnswer() {
        return textAnswer;
    }

    @Nullable BigDecimal numberValue() {
        return numberValue;
    }

    @Nullable Long fileId() {
        return fileId;
    }

    Instant savedAt() {
        return savedAt;
    }

    @Nullable Integer score() {
        return score;
    }

    @Nullable String comment() {
        return comment;
    }

    Set<Long> choiceIds() {
        return Set.copyOf(choiceIds);
    }
}
