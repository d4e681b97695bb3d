package jp.manabiba.assignments;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's marks: per question a score (null keeps the automatic one of a closed question) and a comment,
 * an overall comment, and whether the work is done or goes back to the child for another try.
 */
public record Review(List<Mark> marks, @Nullable String overallComment, Outcome outcome) {

    /** The longest comment, per question and overall, for the reviewer's form (the columns' length). */
    public static final int COMMENT_MAX = 1000;

    public enum Outcome {
        DONE,
        RETURN
    }

    public record Mark(long questionId, @Nullable Integer score, @Nullable String comment) {
    }
}
