package jp.manabiba.curriculum.unit;

import java.util.regex.Pattern;

/**
 * The ids of units, lessons and activities: lowercase a-z, digits and single hyphens between them. Children's
 * progress is stored under them, so once published an id never changes.
 */
public final class StableId {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private StableId() {
    }

    public static boolean isValid(String id) {
        return id.length() <= MAX_LENGTH && FORM.matcher(id).matches();
    }
}
