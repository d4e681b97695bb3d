package jp.manabiba.curriculum.unit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import jp.manabiba.curriculum.text.AnswerRules;

/**
 * A normalisation a short-text question switches on ({@code rules:} in unit.yaml). {@code width} and
 * {@code spaces} are what {@link jp.manabiba.curriculum.text.JapaneseAnswers} always does (NFKC, spaces ignored):
 * listing them documents the author's intent. {@code kana} lets hiragana and katakana count as the same.
 */
public enum AnswerRule {
    WIDTH("width"),
    SPACES("spaces"),
    KANA("kana");

    private final String id;

    AnswerRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AnswerRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    /** The rules the answer comparison takes: Latin case is ignored as for every answer. */
    public static AnswerRules toAnswerRules(Collection<AnswerRule> rules) {
        return rules.contains(KANA) ? AnswerRules.DEFAULT.withKanaEitherWay() : AnswerRules.DEFAULT;
    }
}
