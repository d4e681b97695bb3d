package jp.manabiba.assignments;

import java.util.List;

import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/**
 * Whom the author may give work to: children (with grade, school and class, so that two children of the same
 * name are told apart) and the session series they may use. The service checks the choice again on every save.
 */
public record RecipientOptions(List<Learner> learners, List<Series> series) {

    public record Learner(long id, String name, @Nullable Grade grade, @Nullable String school,
                          @Nullable String homeClass) {
    }

    public record Series(long id, String title) {
    }
}
