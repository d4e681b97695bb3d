package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.manabiba.curriculum.text.MarkupProblem;
import jp.manabiba.curriculum.text.RubySyntax;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an assignment as the author writes it, each refusal naming its field: {@code title},
 * {@code instructions}, {@code due}, {@code questions}, {@code questions[3].prompt}, {@code questions[3].choices[2]}
 * (positions from 1). Lengths are the columns'. Ruby must be well formed ({漢字|かんじ}).
 */
final class DraftRules {

    /** A draft that passed: its texts cleaned and its questions built (not yet attached). */
    record Checked(String title, @Nullable String instructions, Instant dueAt, List<Question> questions) {
    }

    private DraftRules() {
    }

    static Checked check(AssignmentDraft draft) {
        String title = TextRules.line("title", draft.title(), Assignment.TITLE_MAX);
        String instructions = ruby("instructions",
                TextRules.optionalText("instructions", draft.instructions(), Assignment.INSTRUCTIONS_MAX));
        if (draft.due() == null) {
            throw new InvalidInput("due", TextRules.REQUIRED);
        }
        Instant due = draft.due().atZone(ProgrammeZone.TOKYO).toInstant();
        List<QuestionDraft> drafts = draft.questions() == null ? List.of() : draft.questions();
        if (drafts.size() > Assignment.QUESTIONS_MAX) {
            throw new InvalidInput("questions", "assignment.error.too-many-questions", Assignment.QUESTIONS_MAX);
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            questions.add(question("questions[" + (i + 1) + "]", drafts.get(i)));
        }
        return new Checked(title, instructions, due, questions);
    }

    private static Question question(String field, QuestionDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidInput(field + ".kind", TextRules.REQUIRED);
        }
        String prompt = ruby(field + ".prompt", TextRules.text(field + ".prompt", draft.prompt(), Question.PROMPT_MAX));
        if (draft.points() < 0 || draft.points() > Question.POINTS_MAX) {
            throw new InvalidInput(field + ".points", "assignment.error.points", 0, Question.POINTS_MAX);
        }
        Question question = new Question(draft.kind(), prompt, draft.points(), draft.required());
        switch (draft.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(field, draft, question);
            case NUMBER -> number(field, draft, question);
            case SHORT_TEXT -> accepted(field, draft, question);
            case LONG_TEXT, FILE -> { }
        }
        return question;
    }

    private static void choices(String field, QuestionDraft draft, Question question) {
        List<ChoiceDraft> choices = draft.choices() == null ? List.of() : draft.choices();
        if (choices.size() < Question.CHOICES_MIN || choices.size() > Question.CHOICES_MAX) {
            throw new InvalidInput(field + ".choices", "assignment.error.choice-count", Question.CHOICES_MIN,
                    Question.CHOICES_MAX);
        }
        long correct = choices.stream().filter(ChoiceDraft::correct).count();
        if (draft.kind() == QuestionKind.SINGLE_CHOICE && correct != 1) {
            throw new InvalidInput(field + ".choices", "assignment.error.one-correct");
        }
        if (correct == 0) {
            throw new InvalidInput(field + ".choices", "assignment.error.some-correct");
        }
        for (int j = 0; j < choices.size(); j++) {
            String label = TextRules.line(field + ".choices[" + (j + 1) + "]", choices.get(j).label(), Choice.LABEL_MAX);
            question.addChoice(label, choices.get(j).correct());
        }
    }

    private static void number(String field, QuestionDraft draft, Question question) {
        BigDecimal answer = plainNumber(field + ".numberAnswer", draft.numberAnswer());
        if (answer == null) {
            throw new InvalidInput(field + ".numberAnswer", TextRules.REQUIRED);
        }
        BigDecimal tolerance = plainNumber(field + ".numberTolerance", draft.numberTolerance());
        if (tolerance != null && tolerance.signum() < 0) {
            throw new InvalidInput(field + ".numberTolerance", "assignment.error.tolerance");
        }
        String unit = TextRules.optionalLine(field + ".unit", draft.unit(), Question.UNIT_MAX);
        question.expectNumber(answer, tolerance == null ? BigDecimal.ZERO : tolerance, unit);
    }

    private static @Nullable BigDecimal plainNumber(String field, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal value = TypedNumber.read(typed).filter(r -> r.unit().isEmpty()).map(TypedNumber.Reading::value)
                .orElseThrow(() -> new InvalidInput(field, "assignment.error.not-a-number"));
        if (value.stripTrailingZeros().toPlainString().length() > Question.NUMBER_MAX) {
            throw new InvalidInput(field, "assignment.error.not-a-number");
        }
        return value;
    }

    private static void accepted(String field, QuestionDraft draft, Question question) {
        List<String> typed = draft.acceptedAnswers() == null ? List.of()
                : draft.acceptedAnswers().stream().filter(a -> a != null && !a.isBlank()).toList();
        if (typed.isEmpty() || typed.size() > Question.ACCEPTED_MAX) {
            throw new InvalidInput(field + ".acceptedAnswers", "assignment.error.accepted-count", 1, Question.ACCEPTED_MAX);
        }
        List<String> accepted = new ArrayList<>();
        for (int j = 0; j < typed.size(); j++) {
            accepted.add(TextRules.line(field + ".acceptedAnswers[" + (j + 1) + "]", typed.get(j),
                    Question.ACCEPTED_LENGTH_MAX));
        }
        question.accept(accepted, draft.rules() == null ? ShortAnswerRules.DEFAULT : draft.rules());
    }

    private static @Nullable String ruby(String field, @Nullable String text) {
        if (text != null) {
            List<MarkupProblem> problems = RubySyntax.check(text);
            if (!problems.isEmpty()) {
                throw new InvalidInput(field, "assignment.error.ruby", problems.getFirst().line());
            }
        }
        return text;
    }
}
