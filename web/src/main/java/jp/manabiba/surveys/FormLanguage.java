package jp.manabiba.surveys;

import java.util.List;

import jp.manabiba.people.HomeLanguage;

/**
 * Which language a respondent reads a survey in. Children read the やさしい日本語 text (with furigana on their
 * screen); adults with an account read English when they chose it and every question has it, else Japanese; a
 * guardian reads their household's home language when every question was translated into it, else Japanese with
 * the やさしい日本語 text under each question.
 */
final class FormLanguage {

    private FormLanguage() {
    }

    static HomeLanguage forGuardian(List<Question> questions, HomeLanguage home) {
        return translated(questions, home) ? home : HomeLanguage.JA;
    }

    static HomeLanguage forAdult(List<Question> questions, boolean english) {
        return english && translated(questions, HomeLanguage.EN) ? HomeLanguage.EN : HomeLanguage.JA;
    }

    /** The questions in {@code language}; with the やさしい日本語 under them when {@code withPlain}. */
    static List<AskedQuestion> ask(List<Question> questions, HomeLanguage language, boolean withPlain) {
        return questions.stream().map(q -> new AskedQuestion(q.id(), q.position(), q.kind(), q.required(),
                q.texts().get(language), withPlain ? q.texts().get(HomeLanguage.JA_EASY) : null,
                q.options().getOrDefault(language, List.of()),
                withPlain ? q.options().getOrDefault(HomeLanguage.JA_EASY, List.of()) : List.of())).toList();
    }

    private static boolean translated(List<Question> questions, HomeLanguage language) {
        return questions.stream().allMatch(q -> q.texts().containsKey(language)
                && (!q.kind().hasOptions() || q.options().containsKey(language)));
    }
}
