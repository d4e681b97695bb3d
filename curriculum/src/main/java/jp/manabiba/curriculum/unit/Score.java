package jp.manabiba.curriculum.unit;

/** The mark of a child's answer to a question. Nothing typed is not a wrong answer: it is no answer yet. */
public enum Score {
    RIGHT,
    WRONG,
    UNANSWERED
}
