package jp.manabiba.curriculum.unit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six concepts that make up a sustainable society in NIER's ESD framework. The ids are what
 * {@code unit.yaml} uses: never rename one.
 */
public enum EsdConcept {
    /** 多様性 */
    DIVERSITY("diversity"),
    /** 相互性 */
    INTERDEPENDENCE("interdependence"),
    /** 有限性 */
    FINITENESS("finiteness"),
    /** 公平性 */
    FAIRNESS("fairness"),
    /** 連携性 */
    COOPERATION("cooperation"),
    /** 責任性 */
    RESPONSIBILITY("responsibility");

    private final String id;

    EsdConcept(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EsdConcept> byId(String id) {
        return Arrays.stream(values()).filter(concept -> concept.id.equals(id)).findFirst();
    }
}
