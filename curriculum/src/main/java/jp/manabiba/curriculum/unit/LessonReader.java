package jp.manabiba.curriculum.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code lessons:} of unit.yaml with each lesson's Markdown file, and checks what spans lessons: lesson
 * and activity ids unique in the unit, every lesson file listed, exactly one community action, in the last lesson
 * a child is offered.
 */
final class LessonReader {

    static final Set<String> FIELDS = Set.of("id", "file", "title", "inquiry", "retired", "activities");
    static final Pattern FILE_NAME = Pattern.compile("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*\\.md");

    private LessonReader() {
    }

    static Optional<List<Lesson>> readAll(YamlMap unit, UnitFolder folder) {
        var problems = unit.problems();
        var items = unit.list("lessons", true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        var images = folder.images();
        var lessons = new ArrayList<Lesson>();
        var lessonIds = new HashSet<String>();
        var files = new HashSet<String>();
        var activityIds = new HashMap<String, String>();
        var actions = new ArrayList<Node>();
        Node lastActive = null;
        Node actionLesson = null;
        for (Node item : items.get()) {
            var map = YamlMap.of(item, "a lesson", FIELDS, problems);
            if (map.isEmpty()) {
                continue;
            }
            var lesson = read(map.get(), folder, images);
            var id = map.get().text("id", false);
            if (id.isPresent() && !lessonIds.add(id.get())) {
                problems.at(map.get().value("id", true).orElseThrow(), "duplicate lesson id '" + id.get() + "'");
            }
            var file = map.get().text("file", false);
            if (file.isPresent() && !files.add(file.get())) {
                problems.at(map.get().value("file", true).orElseThrow(), "the file " + file.get()
                        + " belongs to two lessons");
            }
            boolean retired = map.get().bool("retired").orElse(false);
            if (!retired) {
                lastActive = item;
            }
            for (Node activity : map.get().list("activities", false).orElse(List.of())) {
                ActivityReader.idNode(activity).ifPresent(idNode -> {
                    String previous = activityIds.putIfAbsent(idNode.getValue(), id.orElse("?"));
                    if (previous != null) {
                        problems.at(idNode, "duplicate activity id '" + idNode.getValue() + "' (also in lesson "
                                + previous + "); activity ids are unique in the unit");
                    }
                });
                if (isCommunityAction(activity)) {
                    actions.add(activity);
                    actionLesson = item;
                }
            }
            lesson.ifPresent(lessons::add);
        }
        if (actions.isEmpty()) {
            problems.at(unit.value("lessons", true).orElseThrow(),
                    "the unit has no community action: its last lesson needs one activity of kind community-action");
        } else if (actions.size() > 1) {
            for (Node action : actions) {
                problems.at(action, "community action " + (actions.indexOf(action) + 1) + " of " + actions.size()
                        + ": a unit has exactly one, in its last lesson");
            }
        } else if (lastActive != null && actionLesson != lastActive) {
            problems.at(actions.getFirst(),
                    "the community action closes the unit: put it in the last lesson that is not retired");
        }
        if (lastActive == null) {
            problems.at(unit.value("lessons", true).orElseThrow(), "every lesson is retired: a unit needs one to offer");
        }
        for (String orphan : folder.markdownFiles()) {
            if (!files.contains(orphan)) {
                problems.forFile(folder.fileLabel(orphan)).ofFile("not listed in unit.yaml's lessons: list it (or"
                        + " mark its lesson retired: true) or delete it");
            }
        }
        return problems.count() == before ? Optional.of(lessons) : Optional.empty();
    }

    private static Optional<Lesson> read(YamlMap map, UnitFolder folder, Set<String> images) {
        var problems = map.problems();
        int before = problems.count();
        var id = Ids.read(map, "id");
        var title = UnitReader.bilingual(map, "title");
        var inquiry = UnitReader.ids(map, "inquiry", "inquiry step", true, InquiryStep::byId,
                "the inquiry steps: question, gather, analyse, express");
        boolean retired = map.bool("retired").orElse(false);
        var file = map.text("file", true).filter(name -> {
            if (!FILE_NAME.matcher(name).matches()) {
                problems.at(map.value("file", true).orElseThrow(), "lesson file '" + name
                        + "' must be named NN-slug.md (two digits, then lowercase a-z, 0-9 and '-'), in the unit's folder");
                return false;
            }
            if (!folder.exists(name)) {
                problems.at(map.value("file", true).orElseThrow(), "lesson file " + name + " does not exist");
                return false;
            }
            return true;
        });
        var text = file.flatMap(name -> folder.read(name, problems.forFile(folder.fileLabel(name))));
        var linked = text.map(markdown -> LessonMarkdown.check(markdown, images,
                problems.forFile(folder.fileLabel(file.get()))));
        var activities = new ArrayList<Activity>();
        for (Node item : map.list("activities", false).orElse(List.of())) {
            ActivityReader.read(item, id.orElse("(no id)"), problems).ifPresent(activities::add);
        }
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(id.orElseThrow(), file.orElseThrow(), title.orElseThrow(), inquiry.orElseThrow(),
                retired, text.orElseThrow(), activities, linked.orElseThrow()));
    }

    private static boolean isCommunityAction(Node activity) {
        return ActivityReader.kindOf(activity).equals(CommunityAction.KIND);
    }
}
