package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;
import org.jspecify.annotations.Nullable;

/** One question of an assignment, with what counts as right for the closed kinds. */
@Entity
@Table(name = "assignment_question")
class Question {

    static final int PROMPT_MAX = 2000;
    static final int POINTS_MAX = 100;
    static final int UNIT_MAX = 20;
    static final int NUMBER_MAX = 40;
    static final int CHOICES_MIN = 2;
    static final int CHOICES_MAX = 10;
    static final int ACCEPTED_MAX = 10;
    static final int ACCEPTED_LENGTH_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private @Nullable Assignment assignment;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String prompt;
    private int points;
    private boolean required;

    @Convert(converter = DecimalText.class)
    private @Nullable BigDecimal numberAnswer;

    @Convert(converter = DecimalText.class)
    private @Nullable BigDecimal numberTolerance;

    private @Nullable String unit;
    private boolean matchWidth;
    private boolean matchKana;
    private boolean matchSpaces;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Choice> choices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assignment_accepted_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "answer")
    private List<String> acceptedAnswers = new ArrayList<>();

    protected Question() {
        this.kind = QuestionKind.LONG_TEXT;
        this.prompt = "";
    }

    Question(QuestionKind kind, String prompt, int points, boolean required) {
        this.kind = kind;
        this.prompt = prompt;
        this.points = points;
        this.required = required;
    }

    void attachTo(Assignment owner, int at) {
        this.assignment = owner;
        this.position = at;
    }

    void addChoice(String label, boolean correct) {
        choices.add(new Choice(this, choices.size() + 1, label, correct));
    }

    void expectNumber(BigDecimal answer, BigDecimal tolerance, @Nullable String unit) {
        this.numberAnswer = answer;
        this.numberTolerance = tolerance;
        this.unit = unit;
    }

    void accept(List<String> answers, ShortAnswerRules rules) {
        acceptedAnswers.clear();
        acceptedAnswers.addAll(answers);
        this.matchWidth = rules.width();
        this.matchKana = rules.kana();
        this.matchSpaces = rules.spaces();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    int position() {
        return position;
    }

    QuestionKind kind() {
        return kind;
    }

    String prompt() {
        return prompt;
    }

    int points() {
        return points;
    }

    boolean required() {
        return required;
    }

    @Nullable BigDecimal numberAnswer() {
        return numberAnswer;
    }

    BigDecimal numberTolerance() {
        return numberTolerance == null ? BigDecimal.ZERO : numberTolerance;
    }

    @Nullable String unit() {
        return unit;
    }

    ShortAnswerRules rules() {
        return new ShortAnswerRules(matchWidth, matchKana, matchSpaces);
    }

    List<Choice> choices() {
        return List.copyOf(choices);
    }

    Optional<Choice> choice(long choiceId) {
        return choices.stream().filter(c -> c.id() == choiceId).findFirst();
    }

    List<String> acceptedAnswers() {
        return List.copyOf(acceptedAnswers);
    }
}
