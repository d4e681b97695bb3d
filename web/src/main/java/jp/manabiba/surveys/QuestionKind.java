package jp.manabiba.surveys;

/** What a question asks for, and how many labelled items it has besides its text. */
public enum QuestionKind {
    /** Five steps (1 = low, 5 = high), each with a label. */
    LIKERT,
    /** One of 2-10 options. */
    SINGLE,
    /** Any of 2-10 options. */
    MULTIPLE,
    FREE_TEXT;

    public boolean hasOptions() {
        return this != FREE_TEXT;
    }
}
