package jp.manabiba.schools;

import org.jspecify.annotations.Nullable;

/** A teacher of a school, and whether they can sign in. */
public record TeacherRow(String name, @Nullable String email, boolean hasAccount) {
}
