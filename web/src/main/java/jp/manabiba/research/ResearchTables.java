package jp.manabiba.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.assignments.CompletionRate;
import jp.manabiba.learning.RatingPair;
import jp.manabiba.learning.ReflectionEntry;
import jp.manabiba.learning.UnitProgressRow;
import jp.manabiba.people.ResearchSubject;
import jp.manabiba.tutoring.MonthlyAttendance;

import static jp.manabiba.research.ResearchTable.decimal;
import static jp.manabiba.research.ResearchTable.integer;
import static jp.manabiba.research.ResearchTable.month;
import static jp.manabiba.research.ResearchTable.text;

/**
 * The data tables of an export, each child named only by their pseudonym. Rows are sorted by pseudonym, so that no
 * order (of enrolment, of learner ids) survives. A row of a dataset whose child is not a consenting subject is
 * dropped here a second time, whatever the dataset held.
 */
final class ResearchTables {

    static final String CHILD_ID = "child_id";

    private ResearchTables() {
    }

    static List<ResearchTable> build(ResearchData data, ResearchKey key, Set<ResearchField> reviewed) {
        Map<Long, String> pseudonyms = new HashMap<>();
        data.subjects().forEach(s -> pseudonyms.put(s.learnerId(), key.pseudonym(s.learnerId())));
        List<ResearchTable> tables = new ArrayList<>();
        tables.add(children(data, pseudonyms, reviewed));
        tables.add(table("attendance_monthly", List.of(text(CHILD_ID), month("month"), integer("sessions_held"),
                integer("sessions_attended")), data.attendance(), MonthlyAttendance::learnerId, pseudonyms,
                a -> List.of(a.month().toString(), a.held(), a.attended())));
        tables.add(table("esd_units", List.of(text(CHILD_ID), text("unit_id"), integer("lessons_finished"),
                        integer("lessons_offered"), month("completed_month")), data.units(), UnitProgressRow::learnerId,
                pseudonyms, u -> Arrays.asList(u.unitId(), u.lessonsFinished(), u.lessonsOffered(),
                        u.completedIn() == null ? null : u.completedIn().toString())));
        tables.add(table("esd_ratings", List.of(text(CHILD_ID), text("unit_id"), text("ability"), integer("rating_before"),
                        integer("rating_after"), integer("rating_change")), data.ratings(), RatingPair::learnerId, pseudonyms,
                r -> Arrays.asList(r.unitId(), r.ability(), r.before(), r.after(),
                        r.before() == null || r.after() == null ? null : r.after() - r.before())));
        if (reviewed.contains(ResearchField.REFLECTIONS)) {
            tables.add(table("reflections", List.of(text(CHILD_ID), text("unit_id"), text("activity_id"), text("reflection")),
                    data.reflections(), ReflectionEntry::learnerId, pseudonyms,
                    r -> List.of(r.unitId(), r.activityId(), r.text())));
        }
        return tables;
    }

    private static ResearchTable children(ResearchData data, Map<Long, String> pseudonyms, Set<ResearchField> reviewed) {
        List<ResearchTable.Column> columns = new ArrayList<>(List.of(text(CHILD_ID), text("grade"), integer("sessions_held"),
                integer("sessions_attended"), integer("work_given"), integer("work_handed_in"), integer("work_done"),
                integer("work_late"), decimal("work_completion_rate"), integer("units_completed")));
        if (reviewed.contains(ResearchField.HOME_CLASS)) {
            columns.add(text("home_class"));
        }
        if (reviewed.contains(ResearchField.SCHOOL_DISTRICT)) {
            columns.add(text("school_district"));
        }
        Map<Long, CompletionRate> work = new HashMap<>();
        data.completion().forEach(c -> work.put(c.id(), c));
        List<List<Object>> rows = new ArrayList<>();
        for (ResearchSubject child : data.subjects()) {
            long id = child.learnerId();
            List<MonthlyAttendance> months = data.attendance().stream().filter(a -> a.learnerId() == id).toList();
            CompletionRate rate = work.get(id);
            List<Object> row = new ArrayList<>(Arrays.asList(pseudonyms.get(id), child.grade() == null ? null : child.grade().name(),
                    months.stream().mapToInt(MonthlyAttendance::held).sum(), months.stream().mapToInt(MonthlyAttendance::attended).sum(),
                    rate == null ? 0L : rate.given(), rate == null ? 0L : rate.handedIn(), rate == null ? 0L : rate.done(),
                    rate == null ? 0L : rate.late(), rate == null || rate.given() == 0 ? null : fraction(rate.rate()),
                    data.units().stream().filter(u -> u.learnerId() == id && u.completedIn() != null).count()));
            if (reviewed.contains(ResearchField.HOME_CLASS)) {
                row.add(child.homeClass());
            }
            if (reviewed.contains(ResearchField.SCHOOL_DISTRICT)) {
                row.add(child.district());
            }
            rows.add(row);
        }
        return new ResearchTable("children", List.copyOf(columns), sorted(rows));
    }

    private static <T> ResearchTable table(String name, List<ResearchTable.Column> columns, List<T> items,
                                           java.util.function.ToLongFunction<T> learner, Map<Long, String> pseudonyms,
                                           java.util.function.Function<T, List<Object>> values) {
        List<List<Object>> rows = new ArrayList<>();
        for (T item : items) {
            String pseudonym = pseudonyms.get(learner.applyAsLong(item));
            if (pseudonym != null) {
                List<Object> row = new ArrayList<>();
                row.add(pseudonym);
                row.addAll(values.apply(item));
                rows.add(row);
            }
        }
        return new ResearchTable(name, columns, sorted(rows));
    }

    /** Four decimals without trailing zeros (0.5, 1, 0.3333): the same text in the CSV as Excel shows. */
    private static BigDecimal fraction(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** By pseudonym, then by the row's other cells as text (a stable order that says nothing about the children). */
    private static List<List<Object>> sorted(List<List<Object>> rows) {
        return rows.stream().sorted(Comparator.comparing((List<Object> r) -> String.valueOf(r.getFirst()))
                .thenComparing(r -> String.valueOf(r))).toList();
    }
}
