package jp.manabiba.learning;

import java.util.List;
import java.util.Optional;

import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.curriculum.unit.UnitCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ESD units of the content jar, loaded and validated once when the application starts. An invalid package
 * stops the start with every problem listed ({@link UnitCatalogue} never half-loads), so children never meet a
 * unit with a lesson missing. Units are public curriculum material, not anyone's records: no access rule here.
 */
@Component
public class UnitLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(UnitLibrary.class);

    private final UnitCatalogue catalogue;

    UnitLibrary() {
        long started = System.nanoTime();
        this.catalogue = UnitCatalogue.loadFromClasspath(UnitLibrary.class.getClassLoader()).orElseThrow();
        LOG.info("Loaded {} ESD units in {} ms", catalogue.units().size(), (System.nanoTime() - started) / 1_000_000);
    }

    public List<Unit> units() {
        return catalogue.units();
    }

    public Optional<Unit> unit(String unitId) {
        return catalogue.unit(unitId);
    }

    /** Where an image of a unit is on the class path, if the unit's lessons show an image of that name. */
    Optional<String> imageResource(String unitId, String image) {
        return catalogue.unit(unitId)
                .filter(unit -> unit.lessons().stream().anyMatch(lesson -> lesson.images().contains(image)))
                .map(unit -> UnitCatalogue.imageResource(unit, image));
    }
}
