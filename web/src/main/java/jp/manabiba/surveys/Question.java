package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;

import jp.manabiba.people.HomeLanguage;

/** A stored question of one version: its id, place, kind and texts (as {@link QuestionDraft}). */
record Question(long id, int position, QuestionKind kind, boolean required, Map<HomeLanguage, String> texts,
                Map<HomeLanguage, List<String>> options) {

    QuestionDraft draft() {
        return new QuestionDraft(kind, required, texts, options);
    }

    int optionCount() {
        return kind == QuestionKind.FREE_TEXT ? 0 : options.getOrDefault(HomeLanguage.JA, List.of()).size();
    }
}
