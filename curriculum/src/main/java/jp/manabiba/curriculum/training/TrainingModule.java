package jp.manabiba.curriculum.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.manabiba.curriculum.unit.Bilingual;
import jp.manabiba.curriculum.unit.Source;
import org.jspecify.annotations.Nullable;

/**
 * A self-study training module as loaded from its package: stable id, version, titles, the supporter categories it
 * is for, its hours (0.5 steps), the suggested validity in months (null: for ever), the sources of its facts, its
 * pages in order and its quiz. Only {@link TrainingModuleLoader} makes valid ones from files.
 */
public record TrainingModule(String id, int version, Bilingual title, Bilingual summary, Set<Audience> audience,
        BigDecimal hours, @Nullable Integer validityMonths, List<Source> sources, List<TrainingPage> pages,
        Quiz quiz) {

    public TrainingModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(quiz, "quiz");
        audience = Set.copyOf(audience);
        sources = List.copyOf(sources);
        pages = List.copyOf(pages);
    }

    public Optional<Integer> validity() {
        return Optional.ofNullable(validityMonths);
    }

    public boolean isFor(Audience category) {
        return audience.contains(category);
    }
}
