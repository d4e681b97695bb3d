package jp.manabiba.curriculum.unit;

import java.util.List;
import java.util.Objects;

/**
 * One lesson of a unit: its Markdown text with ruby (from {@code file}), the inquiry steps it covers and its
 * activities. A retired lesson is no longer offered but stays listed, so a child's history still shows it.
 * {@code images} are the file names under the unit's {@code images/} that the text links to.
 */
public record Lesson(String id, String file, Bilingual title, List<InquiryStep> inquiry, boolean retired,
        String text, List<Activity> activities, List<String> images) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        inquiry = List.copyOf(inquiry);
        activities = List.copyOf(activities);
        images = List.copyOf(images);
    }
}
