package jp.manabiba.people;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.schools.Grade;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children a research export may hold: of one organisation the caller manages, of households supported in the
 * fiscal year, whose current answer to {@link ConsentPurpose#RESEARCH} is yes (a withdrawal leaves them out at once).
 * Not audited here: the research export audits what it writes.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ResearchSubjects {

    private final LearnerRepository learners;
    private final PeopleAccess access;

    ResearchSubjects(LearnerRepository learners, PeopleAccess access) {
        this.learners = learners;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<ResearchSubject> consenting(long organisationId, FiscalYear year) {
        access.requireManages(organisationId);
        return learners.consentingIn(organisationId, ConsentPurpose.RESEARCH, year.firstDay(), year.lastDay()).stream()
                .map(r -> new ResearchSubject((Long) r[0], (Grade) r[1], (String) r[2], (String) r[3])).toList();
    }
}
