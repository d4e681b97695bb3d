package jp.manabiba.curriculum.unit;

import java.util.Arrays;
import java.util.Optional;

/** Whether a look-around task asks the child for a photo of what they found. */
public enum PhotoPolicy {
    NONE("none"),
    OPTIONAL("optional"),
    REQUIRED("required");

    private final String id;

    PhotoPolicy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PhotoPolicy> byId(String id) {
        return Arrays.stream(values()).filter(policy -> policy.id.equals(id)).findFirst();
    }
}
