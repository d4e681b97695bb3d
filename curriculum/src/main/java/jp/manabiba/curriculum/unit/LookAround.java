package jp.manabiba.curriculum.unit;

import java.util.Objects;

/** The child looks around their home or neighbourhood and records what they found: text, and a photo as asked. */
public record LookAround(String id, String prompt, PhotoPolicy photo) implements Activity {

    public static final String KIND = "look-around";
    public static final PhotoPolicy DEFAULT_PHOTO = PhotoPolicy.OPTIONAL;

    public LookAround {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(photo, "photo");
    }

    @Override
    public String kind() {
        return KIND;
    }
}
