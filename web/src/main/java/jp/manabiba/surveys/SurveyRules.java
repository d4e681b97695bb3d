package jp.manabiba.surveys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.people.HomeLanguage;

/**
 * What makes a survey's questions acceptable, without Spring: a title, 1-30 questions, each with its text in
 * Japanese and やさしい日本語 (other languages optional, but complete when given), five Likert labels or 2-10
 * options in every language it has. Each refusal names the field the builder shows it at:
 * {@code question.<n>.text.<LANG>} or {@code question.<n>.options.<LANG>}, n counting from 1.
 */
final class SurveyRules {

    static final int TITLE_MAX = 100;
    static final int TEXT_MAX = 500;
    static final int QUESTIONS_MAX = 30;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 10;
    static final int LIKERT_STEPS = 5;
    static final List<HomeLanguage> REQUIRED = List.of(HomeLanguage.JA, HomeLanguage.JA_EASY);

    private SurveyRules() {
    }

    static String title(String title) {
        return TextRules.line("title", title, TITLE_MAX);
    }

    /** The questions cleaned (stripped, blank translations dropped), or the first refusal. */
    static List<QuestionDraft> questions(List<QuestionDraft> questions) {
        if (questions.isEmpty()) {
            throw new InvalidInput("questions", "surveys.error.no-questions");
        }
        if (questions.size() > QUESTIONS_MAX) {
            throw new InvalidInput("questions", "surveys.error.too-many-questions", QUESTIONS_MAX);
        }
        List<QuestionDraft> clean = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            clean.add(question(i + 1, questions.get(i)));
        }
        return clean;
    }

    private static QuestionDraft question(int n, QuestionDraft draft) {
        Map<HomeLanguage, String> texts = new EnumMap<>(HomeLanguage.class);
        Map<HomeLanguage, List<String>> options = new EnumMap<>(HomeLanguage.class);
        for (HomeLanguage language : HomeLanguage.values()) {
            String field = "question." + n + ".text." + language.name();
            String text = draft.texts().get(language);
            List<String> labels = draft.options().getOrDefault(language, List.of()).stream()
                    .filter(label -> !label.isBlank()).toList();
            boolean given = text != null && !text.isBlank() || !labels.isEmpty();
            if (!given && !REQUIRED.contains(language)) {
                continue;
            }
            texts.put(language, TextRules.line(field, text, TEXT_MAX));
            if (draft.kind().hasOptions()) {
                List<String> checked = labels(n, language, draft.kind(), labels);
                List<String> japanese = options.get(HomeLanguage.JA);
                if (japanese != null && japanese.size() != checked.size()) {
                    throw new InvalidInput("question." + n + ".options." + language.name(),
                            "surveys.error.options-count", japanese.size());
                }
                options.put(language, checked);
            }
        }
        return new QuestionDraft(draft.kind(), draft.required(), texts, options);
    }

    private static List<String> labels(int n, HomeLanguage language, QuestionKind kind, List<String> labels) {
        String field = "question." + n + ".options." + language.name();
        if (kind == QuestionKind.LIKERT && labels.size() != LIKERT_STEPS) {
            throw new InvalidInput(field, "surveys.error.likert-labels", LIKERT_STEPS);
        }
        if (labels.size() < OPTIONS_MIN || labels.size() > OPTIONS_MAX) {
            throw new InvalidInput(field, "surveys.error.options", OPTIONS_MIN, OPTIONS_MAX);
        }
        return labels.stream().map(label -> TextRules.line(field, label, TEXT_MAX)).toList();
    }
}
