package jp.manabiba.assignments;

import java.util.List;

import jp.manabiba.i18n.InvalidInput;

/**
 * A submission refused because required answers are missing or cannot be marked: the screen shows
 * {@link #questionMessages()} next to each question (field {@code question:<id>}) and the message on top.
 */
public class IncompleteSubmission extends InvalidInput {

    /** One question's problem: its id and the translation key of the message to show beside it. */
    public record QuestionMessage(long questionId, String messageKey) {
    }

    private final List<QuestionMessage> questionMessages;

    IncompleteSubmission(List<QuestionMessage> questionMessages) {
        super("questions", "assignment.error.incomplete", questionMessages.size());
        this.questionMessages = List.copyOf(questionMessages);
    }

    public List<QuestionMessage> questionMessages() {
        return questionMessages;
    }
}
