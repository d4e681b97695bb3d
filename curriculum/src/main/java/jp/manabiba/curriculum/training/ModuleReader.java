package jp.manabiba.curriculum.training;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.manabiba.curriculum.unit.PackageParts;
import jp.manabiba.curriculum.unit.Source;
import jp.manabiba.curriculum.unit.UnitFolder;
import jp.manabiba.curriculum.unit.YamlMap;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads module.yaml's own fields; pages and quiz by {@link PageReader} and {@link QuizReader}. */
final class ModuleReader {

    static final Set<String> FIELDS = Set.of("id", "version", "title", "summary", "audience", "hours",
            "validityMonths", "sources", "pages", "quiz");
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(40);
    static final int LONGEST_VALIDITY = 120;

    private ModuleReader() {
    }

    static Optional<TrainingModule> read(YamlMap map, UnitFolder folder) {
        var problems = map.problems();
        int before = problems.count();
        var id = PackageParts.stableId(map, "id");
        id.ifPresent(value -> {
            String folderName = PackageParts.folderName(folder.path());
            if (!value.equals(folderName)) {
                problems.at(map.value("id", true).orElseThrow(), "the module's id '" + value
                        + "' must be the name of its folder (" + folderName + ")");
            }
        });
        var version = map.integer("version", true).filter(value -> {
            if (value < 1) {
                problems.at(map.value("version", true).orElseThrow(), "version starts at 1, not " + value);
            }
            return value >= 1;
        });
        var title = PackageParts.bilingual(map, "title");
        var summary = PackageParts.bilingual(map, "summary");
        var audience = audience(map);
        var hours = hours(map);
        var validity = map.integer("validityMonths", false).filter(months -> {
            boolean ok = months >= 1 && months <= LONGEST_VALIDITY;
            if (!ok) {
                problems.at(map.value("validityMonths", true).orElseThrow(), "validityMonths is 1-"
                        + LONGEST_VALIDITY + " (leave it out for a module that does not expire), not " + months);
            }
            return ok;
        });
        var sources = sources(map);
        var pages = PageReader.readAll(map, folder);
        var quiz = QuizReader.read(map);
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new TrainingModule(id.orElseThrow(), version.orElseThrow(), title.orElseThrow(),
                summary.orElseThrow(), audience.orElseThrow(), hours.orElseThrow(), validity.orElse(null),
                sources.orElseThrow(), pages.orElseThrow(), quiz.orElseThrow()));
    }

    /** {@code all}, or a list of category names, each once. */
    private static Optional<Set<Audience>> audience(YamlMap map) {
        var value = map.value("audience", true);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<Node> items = value.get() instanceof SequenceNode list ? list.getValue() : List.of(value.get());
        if (items.isEmpty()) {
            map.problems().at(value.get(), "audience must not be empty (write all, or the categories)");
            return Optional.empty();
        }
        var audience = EnumSet.noneOf(Audience.class);
        var named = new HashSet<String>();
        boolean ok = true;
        for (Node item : items) {
            var name = YamlMap.scalarText(item, "audience: an item", map.problems());
            if (name.isEmpty()) {
                ok = false;
            } else if (name.get().equals(Audience.ALL)) {
                audience.addAll(EnumSet.allOf(Audience.class));
            } else if (Audience.byName(name.get()).isEmpty()) {
                map.problems().at(item, "audience: unknown category '" + name.get() + "' (all, or "
                        + "UNIVERSITY_STUDENT, EX_NURSERY_TEACHER, PARENT, OTHER_VOLUNTEER)");
                ok = false;
            } else if (!named.add(name.get())) {
                map.problems().at(item, "audience: '" + name.get() + "' is given twice");
                ok = false;
            } else {
                audience.add(Audience.byName(name.get()).get());
            }
        }
        return ok ? Optional.of(audience) : Optional.empty();
    }

    /** More than 0, at most {@link #MOST_HOURS}, in steps of half an hour. */
    private static Optional<BigDecimal> hours(YamlMap map) {
        return map.decimal("hours", true).filter(hours -> {
            boolean ok = hours.signum() > 0 && hours.compareTo(MOST_HOURS) <= 0
                    && hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
            if (!ok) {
                map.problems().at(map.value("hours", true).orElseThrow(), "hours is more than 0, at most "
                        + MOST_HOURS + ", in steps of 0.5, not " + hours.toPlainString());
            }
            return ok;
        });
    }

    /** The unit engine's sources, each with the date an author looked at it. */
    private static Optional<List<Source>> sources(YamlMap map) {
        for (Node item : map.list("sources", false).orElse(List.of())) {
            if (YamlMap.peek(item, "accessed").isEmpty() && YamlMap.peek(item, "url").isPresent()) {
                map.problems().at(item, "a source: 'accessed' is missing (the date the page was looked at,"
                        + " e.g. 2026-11-30)");
            }
        }
        return PackageParts.sources(map);
    }
}
