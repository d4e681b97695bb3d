package jp.manabiba.curriculum.training;

import java.util.List;
import java.util.Objects;
import jp.manabiba.curriculum.unit.Bilingual;

/** One page of a module to read, in order: its Markdown file, title, text and the images it links to. */
public record TrainingPage(String file, Bilingual title, String text, List<String> images) {

    public TrainingPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        images = List.copyOf(images);
    }
}
