package jp.manabiba.curriculum.text;

/** Something an author should fix, where it is (line and column from 1, columns in UTF-16 characters). */
public record MarkupProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
