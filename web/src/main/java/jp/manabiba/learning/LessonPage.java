package jp.manabiba.learning;

import java.util.List;

import jp.manabiba.curriculum.text.ReaderGrade;

/**
 * A lesson as the child reads it: the title (ruby markup, for {@code ChildText}), the text already rendered for
 * the child's reader (sanitised HTML with ruby, images at their /media/ address), and the activities with the
 * child's saved answers. A retired lesson opens from the child's history but is no longer offered.
 */
public record LessonPage(String unitId, String lessonId, String title, String html, ReaderGrade reader, boolean retired,
                         boolean finished, List<ActivityView> activities) {
}
