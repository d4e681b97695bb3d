package jp.manabiba.assignments;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One choice of a choice question. */
@Entity
@Table(name = "assignment_choice")
class Choice {

    static final int LABEL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private @Nullable Question question;

    private int position;
    private String label;
    private boolean correct;

    protected Choice() {
        this.label = "";
    }

    Choice(Question question, int position, String label, boolean correct) {
        this.question = question;
        this.position = position;
        this.label = label;
        this.correct = correct;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    String label() {
        return label;
    }

    boolean correct() {
        return correct;
    }
}
