package jp.manabiba.people;

import jp.manabiba.schools.PupilLinker;
import jp.manabiba.schools.PupilLinking;
import org.springframework.stereotype.Component;

/** A roster's pupils are linked only to learners of the organisations the signed-in user manages. */
@Component
class RosterPupilLinking implements PupilLinking {

    private final PeopleAccess access;
    private final LearnerRepository learners;

    RosterPupilLinking(PeopleAccess access, LearnerRepository learners) {
        this.access = access;
        this.learners = learners;
    }

    @Override
    public boolean managesPupils() {
        return !access.managedOrganisations().isEmpty();
    }

    @Override
    public PupilLinker linker() {
        return new RosterPupils(learners.findByOrganisations(access.managedOrganisations()));
    }
}
