package jp.manabiba.training;

/** A page of a self-study module: its title and its Markdown rendered to sanitised HTML (the lessons' renderer). */
public record StudyPage(String title, String html) {
}
