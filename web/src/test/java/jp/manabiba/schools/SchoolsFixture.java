package jp.manabiba.schools;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationContext;

/** Schools as a roster leaves them, for tests of other features (the repository is private to schools). */
public final class SchoolsFixture {

    private final SchoolRepository schools;

    public SchoolsFixture(ApplicationContext context) {
        this.schools = context.getBean(SchoolRepository.class);
    }

    /** A school brought in by an earlier roster, with its roster id. */
    public long fromRoster(String name, String sourcedId) {
        return schools.save(new School(name, sourcedId, Instant.now())).id();
    }

    public Optional<Long> bySourcedId(String sourcedId) {
        return schools.findBySourcedId(sourcedId).map(School::id);
    }
}
