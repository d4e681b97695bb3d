package jp.manabiba.people;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ids of an organisation's learners (live households, past ones too), for the coordinator of that organisation:
 * other features keep a list of children they were handed to those of the organisation, in one query.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class OrganisationLearners {

    private final LearnerRepository learners;
    private final PeopleAccess access;

    OrganisationLearners(LearnerRepository learners, PeopleAccess access) {
        this.learners = learners;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Set<Long> ids(long organisationId) {
        access.requireManages(organisationId);
        return Set.copyOf(learners.idsInOrganisation(organisationId));
    }
}
