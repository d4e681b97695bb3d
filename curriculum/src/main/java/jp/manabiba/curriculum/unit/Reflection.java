package jp.manabiba.curriculum.unit;

import java.util.Objects;

/** The child writes what they found out or think; nothing to mark. */
public record Reflection(String id, String prompt, int maxLength) implements Activity {

    public static final String KIND = "reflection";
    public static final int DEFAULT_MAX_LENGTH = 400;
    public static final int LONGEST = 4000;

    public Reflection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        if (maxLength < 1 || maxLength > LONGEST) {
            throw new IllegalArgumentException("maxLength is 1-" + LONGEST + ", not " + maxLength);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }
}
