package jp.manabiba.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jp.manabiba.schools.SchoolDirectory;
import org.springframework.stereotype.Component;

/** Turns learners into rows, with their schools' names fetched in one query. */
@Component
class LearnerRows {

    private final SchoolDirectory schools;

    LearnerRows(SchoolDirectory schools) {
        this.schools = schools;
    }

    List<LearnerRow> of(Collection<Learner> learners) {
        List<Long> schoolIds = learners.stream().map(Learner::schoolId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = schools.names(schoolIds);
        return learners.stream().map(learner -> row(learner, names::get)).toList();
    }

    static LearnerRow row(Learner learner, Function<Long, String> schoolName) {
        LearnerDetails d = learner.details();
        return new LearnerRow(learner.id(), d.familyName(), d.givenName(), d.familyNameKana(), d.givenNameKana(),
                d.schoolId() == null ? null : schoolName.apply(d.schoolId()), d.grade(), d.homeClass(), d.furigana(),
                learner.accountId() != null);
    }
}
