package jp.manabiba.assignments;

/** The kinds of question. Closed ones are marked at submission; open ones by a tutor. */
public enum QuestionKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    NUMBER,
    SHORT_TEXT,
    LONG_TEXT,
    FILE;

    public boolean closed() {
        return this != LONG_TEXT && this != FILE;
    }

    public boolean choices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
