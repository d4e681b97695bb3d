package jp.manabiba.curriculum.unit;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads unit.yaml's fields into a {@link Unit}, reporting every problem; lessons are read by
 * {@link LessonReader}. Empty when anything is wrong.
 */
final class UnitReader {

    static final Set<String> FIELDS = Set.of("id", "version", "grades", "title", "summary", "sdgs", "abilities",
            "concepts", "sources", "lessons");
    private static final Set<String> LANGUAGES = Set.of("ja", "en");
    private static final Set<String> GRADE_FIELDS = Set.of("from", "to");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "publisher", "title", "url", "accessed");

    private UnitReader() {
    }

    static Optional<Unit> read(YamlMap map, UnitFolder folder) {
        var problems = map.problems();
        int before = problems.count();
        var id = Ids.read(map, "id");
        id.ifPresent(value -> {
            String folderName = UnitLoader.folderName(folder.path());
            if (!value.equals(folderName)) {
                problems.at(map.value("id", true).orElseThrow(), "the unit's id '" + value
                        + "' must be the name of its folder (" + folderName + ")");
            }
        });
        var version = map.integer("version", true).filter(value -> {
            if (value < 1) {
                problems.at(map.value("version", true).orElseThrow(), "version starts at 1, not " + value);
            }
            return value >= 1;
        });
        var grades = grades(map);
        var title = bilingual(map, "title");
        var summary = bilingual(map, "summary");
        var sdgs = sdgs(map);
        var abilities = ids(map, "abilities", "ability", true, EsdAbility::byId,
                "the seven ESD abilities: critical-thinking, planning, systems-thinking, communication, cooperation,"
                        + " connections, participation");
        var concepts = ids(map, "concepts", "concept", false, EsdConcept::byId,
                "the six ESD concepts: diversity, interdependence, finiteness, fairness, cooperation, responsibility");
        var sources = sources(map);
        var lessons = LessonReader.readAll(map, folder);
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Unit(id.orElseThrow(), version.orElseThrow(), grades.orElseThrow(),
                title.orElseThrow(), summary.orElseThrow(), sdgs.orElseThrow(), abilities.orElseThrow(),
                concepts.orElse(List.of()), sources.orElseThrow(), lessons.orElseThrow()));
    }

    private static Optional<GradeBand> grades(YamlMap map) {
        return map.map("grades", true, GRADE_FIELDS).flatMap(grades -> {
            var from = grades.integer("from", true);
            var to = grades.integer("to", true);
            boolean ok = from.isPresent() && to.isPresent();
            for (String key : List.of("from", "to")) {
                var grade = key.equals("from") ? from : to;
                if (grade.isPresent() && (grade.get() < GradeBand.FIRST || grade.get() > GradeBand.LAST)) {
                    map.problems().at(grades.value(key, true).orElseThrow(), "grades: " + key + " " + grade.get()
                            + " is not a school grade (1-6 elementary, 7-9 junior high)");
                    ok = false;
                }
            }
            if (ok && from.get() > to.get()) {
                map.problems().at(grades.node(), "grades: from " + from.get() + " is after to " + to.get());
                ok = false;
            }
            return ok ? Optional.of(new GradeBand(from.get(), to.get())) : Optional.empty();
        });
    }

    /** A {ja, en} mapping; a missing or empty translation is a problem. Japanese texts are checked for ruby. */
    static Optional<Bilingual> bilingual(YamlMap map, String key) {
        return map.map(key, true, LANGUAGES).flatMap(texts -> {
            var ja = texts.value("ja", false).flatMap(node -> YamlMap.scalarText(node, texts.what() + ".ja",
                    map.problems()));
            var en = texts.value("en", false).flatMap(node -> YamlMap.scalarText(node, texts.what() + ".en",
                    map.problems()));
            for (String language : LANGUAGES) {
                if (texts.value(language, false).isEmpty()) {
                    map.problems().at(texts.node(), texts.what() + ": the " + (language.equals("ja") ? "Japanese"
                            : "English") + " translation '" + language + "' is missing");
                }
            }
            ja.ifPresent(text -> ActivityReader.checkRuby(text, texts.value("ja", true).orElseThrow(),
                    texts.what() + ".ja", map.problems()));
            return ja.isPresent() && en.isPresent() ? Optional.of(new Bilingual(ja.get(), en.get()))
                    : Optional.empty();
        });
    }

    private static Optional<List<Integer>> sdgs(YamlMap map) {
        var items = map.list("sdgs", true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var sdgs = new LinkedHashSet<Integer>();
        boolean ok = true;
        for (Node item : items.get()) {
            var text = YamlMap.scalarText(item, "sdgs: an item", map.problems());
            if (text.isEmpty()) {
                ok = false;
            } else if (!text.get().matches("\\d{1,2}") || Integer.parseInt(text.get()) < Unit.FIRST_SDG
                    || Integer.parseInt(text.get()) > Unit.LAST_SDG) {
                map.problems().at(item, "sdgs: unknown SDG '" + text.get() + "' (the goals are 1-17)");
                ok = false;
            } else if (!sdgs.add(Integer.parseInt(text.get()))) {
                map.problems().at(item, "sdgs: " + text.get() + " is given twice");
                ok = false;
            }
        }
        return ok ? Optional.of(List.copyOf(sdgs)) : Optional.empty();
    }

    /** A list of known ids (abilities, concepts, inquiry steps), each at most once. */
    static <T> Optional<List<T>> ids(YamlMap map, String key, String singular, boolean required,
            Function<String, Optional<T>> byId, String known) {
        var items = map.list(key, required);
        if (items.isEmpty()) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        var values = new LinkedHashSet<T>();
        boolean ok = true;
        for (Node item : items.get()) {
            var text = YamlMap.scalarText(item, map.what() + ": an item of " + key, map.problems());
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            var value = byId.apply(text.get());
            if (value.isEmpty()) {
                map.problems().at(item, map.what() + ": unknown " + singular + " '" + text.get() + "' in " + key + " (" + known
                        + ")");
                ok = false;
            } else if (!values.add(value.get())) {
                map.problems().at(item, map.what() + ": " + singular + " '" + text.get() + "' is given twice in " + key);
                ok = false;
            }
        }
        return ok ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    static Optional<List<Source>> sources(YamlMap map) {
        var items = map.list("sources", true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var sources = new ArrayList<Source>();
        var ids = new LinkedHashSet<String>();
        boolean ok = true;
        for (Node item : items.get()) {
            var source = YamlMap.of(item, "a source", SOURCE_FIELDS, map.problems());
            if (source.isEmpty()) {
                ok = false;
                continue;
            }
            var read = source(source.get());
            read.map(Source::id).ifPresent(id -> {
                if (!ids.add(id)) {
                    map.problems().at(item, "sources: the id '" + id + "' is given twice");
                }
            });
            read.ifPresent(sources::add);
            ok &= read.isPresent();
        }
        return ok && ids.size() == sources.size() ? Optional.of(sources) : Optional.empty();
    }

    private static Optional<Source> source(YamlMap source) {
        var problems = source.problems();
        int before = problems.count();
        var id = Ids.read(source, "id");
        var publisher = source.text("publisher", true);
        var title = source.text("title", true);
        var url = source.text("url", false).flatMap(text -> url(text, source));
        if (source.value("url", false).isEmpty()) {
            problems.at(source.node(), "a source without url: every source needs the address of its page");
        }
        Optional<LocalDate> accessed = source.text("accessed", false).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problems.at(source.value("accessed", true).orElseThrow(),
                        "a source: accessed is a date like 2026-11-30, not '" + text + "'");
                return Optional.empty();
            }
        });
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Source(id.orElseThrow(), publisher.orElseThrow(), title.orElseThrow(),
                url.orElseThrow(), accessed.orElse(null)));
    }

    private static Optional<URI> url(String text, YamlMap source) {
        try {
            var uri = new URI(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        source.problems().at(source.value("url", true).orElseThrow(),
                "a source: url must be a web address (https://…), not '" + text + "'");
        return Optional.empty();
    }
}
