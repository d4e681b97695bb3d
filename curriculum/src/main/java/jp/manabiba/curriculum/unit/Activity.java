package jp.manabiba.curriculum.unit;

import java.util.List;

/**
 * Something a child does in a lesson. Its {@link #id()} is unique in the unit and is the key the child's work is
 * stored under, across versions of the unit.
 */
public sealed interface Activity permits Reflection, Question, LookAround, CommunityAction {

    String id();

    /** What the child is asked, in Japanese for children (ruby markup allowed). */
    String prompt();

    /** The {@code kind:} of unit.yaml. */
    String kind();

    /** Every text a child reads in this activity (prompt, choices, examples), for the reading check. */
    default List<String> childTexts() {
        return List.of(prompt());
    }
}
