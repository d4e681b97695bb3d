package jp.manabiba.training;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jp.manabiba.curriculum.training.Quiz;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.curriculum.unit.NumberQuestion;
import jp.manabiba.curriculum.unit.ShortTextQuestion;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.springframework.context.ApplicationContext;

/**
 * Self-study fixtures: a new parent volunteer of organisation A who has done no training (so is not ready), with a
 * sign-in of their own; and the right or wrong answers to a module's quiz, read from its package as a supporter
 * who had read the pages would give them.
 */
public final class StudyFixture {

    public final PeopleFixture people;
    private final ApplicationContext context;
    private final Acting acting;
    private int made;

    public StudyFixture(ApplicationContext context, String prefix) {
        this.context = context;
        this.people = new PeopleFixture(context, prefix);
        this.acting = new Acting(context);
    }

    /** A new PARENT supporter of organisation A with a VOLUNTEER account: their id and their sign-in. */
    public Volunteer newVolunteer(String username) {
        SupporterRecords supporters = context.getBean(SupporterRecords.class);
        long id = acting.as(people.coordinatorA, () -> {
            long supporter = supporters.create(people.organisationA,
                    new SupporterDetails(SupporterCategory.PARENT, "自習", "花子" + (++made), null, null, null, null));
            supporters.createLocalAccount(supporter, username);
            return supporter;
        });
        return new Volunteer(id, TestPrincipal.demo(context, username));
    }

    public record Volunteer(long supporterId, TestPrincipal principal) {
    }

    public static Quiz quiz(ApplicationContext context, String code) {
        return context.getBean(TrainingLibrary.class).module(code).orElseThrow().quiz();
    }

    /** Every question answered right, in the form the screen sends. */
    public static Map<String, String> rightAnswers(Quiz quiz) {
        Map<String, String> answers = new LinkedHashMap<>();
        quiz.questions().forEach(item -> answers.put(item.id(), switch (item.question()) {
            case ChoiceQuestion choice -> choice.correct().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(","));
            case NumberQuestion number -> number.answer().toPlainString();
            case ShortTextQuestion text -> text.accepted().getFirst();
        }));
        return answers;
    }

    /** Every question answered, and every one wrong. */
    public static Map<String, String> wrongAnswers(Quiz quiz) {
        Map<String, String> answers = new LinkedHashMap<>();
        quiz.questions().forEach(item -> answers.put(item.id(), switch (item.question()) {
            case ChoiceQuestion choice -> String.valueOf(java.util.stream.IntStream.range(0, choice.choices().size())
                    .filter(index -> !choice.correct().contains(index)).findFirst().orElseThrow());
            case NumberQuestion number -> number.answer().add(BigDecimal.valueOf(1000)).toPlainString();
            case ShortTextQuestion text -> "まったくちがうこたえ";
        }));
        return answers;
    }
}
