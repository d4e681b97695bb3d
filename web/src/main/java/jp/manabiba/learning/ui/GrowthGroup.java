package jp.manabiba.learning.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import jp.manabiba.tutoring.SeriesOption;

/** Whose figure the growth screen shows: every child the caller sees, one series, or one home class. */
record GrowthGroup(Kind kind, long seriesId, String homeClass, String label) {

    enum Kind { ALL, SERIES, CLASS }

    static final GrowthGroup ALL = new GrowthGroup(Kind.ALL, -1, "", "");

    static List<GrowthGroup> choices(Component translator, List<SeriesOption> series, List<String> classes) {
        List<GrowthGroup> groups = new ArrayList<>();
        groups.add(new GrowthGroup(Kind.ALL, -1, "", translator.getTranslation("growth.group.all")));
        series.forEach(s -> groups.add(new GrowthGroup(Kind.SERIES, s.id(), "",
                translator.getTranslation("growth.group.series", s.title()))));
        classes.forEach(c -> groups.add(new GrowthGroup(Kind.CLASS, -1, c, translator.getTranslation("growth.group.class", c))));
        return groups;
    }

    /** The same group whatever its label (the first of the choices is {@link #ALL}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof GrowthGroup g && g.kind == kind && g.seriesId == seriesId && g.homeClass.equals(homeClass);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, seriesId, homeClass);
    }
}
