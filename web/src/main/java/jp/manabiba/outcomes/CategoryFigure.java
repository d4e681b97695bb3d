package jp.manabiba.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.manabiba.people.CategoryCount;
import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/**
 * One supporter category's share of a figure for the fiscal year ({@code category} null: no supporter recorded).
 * Never hidden: it counts supporters or their sessions, not children.
 */
public record CategoryFigure(@Nullable SupporterCategory category, CategoryMeasure measure, FigureValue value) {

    /**
     * Every category in the programme's order, 0 where nothing was counted (a category with nobody is a figure
     * too), then "no supporter recorded" when there is any; nothing when the figure service counted nothing (a
     * period to come, no session held).
     */
    static List<CategoryFigure> listed(CategoryMeasure measure, List<CategoryCount> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<CategoryFigure> figures = new ArrayList<>();
        for (SupporterCategory category : SupporterCategory.values()) {
            figures.add(figure(category, measure, counts.stream().filter(c -> c.category() == category)
                    .mapToLong(CategoryCount::count).sum()));
        }
        long none = counts.stream().filter(c -> c.category() == null).mapToLong(CategoryCount::count).sum();
        if (none > 0) {
            figures.add(figure(null, measure, none));
        }
        return List.copyOf(figures);
    }

    private static CategoryFigure figure(@Nullable SupporterCategory category, CategoryMeasure measure, long count) {
        return new CategoryFigure(category, measure, new FigureValue(Objects.requireNonNull(measure.value(count)), false));
    }
}
