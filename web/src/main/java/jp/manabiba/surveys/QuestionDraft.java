package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;

import jp.manabiba.people.HomeLanguage;

/**
 * A question as the builder sends it: its text per language (JA and JA_EASY required, others where translated)
 * and, per language, the labels of its options in order (five for LIKERT, 2-10 for a choice, none for free text).
 */
public record QuestionDraft(QuestionKind kind, boolean required, Map<HomeLanguage, String> texts,
                            Map<HomeLanguage, List<String>> options) {

    public QuestionDraft {
        texts = Map.copyOf(texts);
        options = Map.copyOf(options);
    }
}
