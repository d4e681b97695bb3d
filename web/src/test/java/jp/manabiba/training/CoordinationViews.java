package jp.manabiba.training;

import org.springframework.context.ApplicationContext;

/** For the view tests in training.ui: the fixture of the service tests, reachable from that package. */
public final class CoordinationViews {

    public final jp.manabiba.people.PeopleFixture people;
    public final long untrained;
    public final long expiring;
    private final CoordinationFixture fixture;

    public CoordinationViews(ApplicationContext context, String prefix) {
        fixture = new CoordinationFixture(context, prefix);
        people = fixture.people;
        untrained = fixture.untrained;
        expiring = fixture.expiring;
    }

    public long moduleId(String code) {
        return fixture.moduleId(code);
    }

    public java.time.LocalDate today() {
        return fixture.today;
    }
}
