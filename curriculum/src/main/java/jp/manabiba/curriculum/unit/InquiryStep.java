package jp.manabiba.curriculum.unit;

import java.util.Arrays;
import java.util.Optional;

/** The inquiry cycle of the integrated studies (総合的な学習の時間), in its order; a lesson covers some of it. */
public enum InquiryStep {
    /** 課題の設定 */
    QUESTION("question"),
    /** 情報の収集 */
    GATHER("gather"),
    /** 整理・分析 */
    ANALYSE("analyse"),
    /** まとめ・表現 */
    EXPRESS("express");

    private final String id;

    InquiryStep(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<InquiryStep> byId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }
}
