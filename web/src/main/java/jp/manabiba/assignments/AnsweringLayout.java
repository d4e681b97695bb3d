package jp.manabiba.assignments;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's choice between one question per screen and all questions on one page, kept per child on the server
 * (table {@code assignment_answering_layout}) so that it is the same on every device. Only the child's own.
 */
@Service
@RolesAllowed(Roles.LEARNER)
public class AnsweringLayout {

    private final JdbcClient jdbc;
    private final AssignmentsAccess access;

    AnsweringLayout(JdbcClient jdbc, AssignmentsAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** True when the child chose one question at a time; all on one page until they choose. */
    @Transactional(readOnly = true)
    public boolean oneAtATime() {
        return jdbc.sql("select one_at_a_time from assignment_answering_layout where learner_id = ?")
                .param(access.myLearner()).query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void chooseOneAtATime(boolean oneAtATime) {
        jdbc.sql("""
                insert into assignment_answering_layout (learner_id, one_at_a_time) values (?, ?)
                on duplicate key update one_at_a_time = values(one_at_a_time)""")
                .params(access.myLearner(), oneAtATime).update();
    }
}
