package jp.manabiba.curriculum.unit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven abilities and attitudes that ESD develops, as the National Institute for Educational Policy Research
 * (国立教育政策研究所) lists them. The ids are what {@code unit.yaml} and stored self-ratings use: never rename one.
 */
public enum EsdAbility {
    /** 批判的に考える力 */
    CRITICAL_THINKING("critical-thinking"),
    /** 未来像を予測して計画を立てる力 */
    PLANNING("planning"),
    /** 多面的・総合的に考える力 */
    SYSTEMS_THINKING("systems-thinking"),
    /** コミュニケーションを行う力 */
    COMMUNICATION("communication"),
    /** 他者と協力する態度 */
    COOPERATION("cooperation"),
    /** つながりを尊重する態度 */
    CONNECTIONS("connections"),
    /** 進んで参加する態度 */
    PARTICIPATION("participation");

    private final String id;

    EsdAbility(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EsdAbility> byId(String id) {
        return Arrays.stream(values()).filter(ability -> ability.id.equals(id)).findFirst();
    }
}
