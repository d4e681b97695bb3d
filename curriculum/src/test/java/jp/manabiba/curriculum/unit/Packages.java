package jp.manabiba.curriculum.unit;

import java.nio.file.Path;

/** The test packages under src/test/resources: one valid unit, and one broken package per kind of error. */
final class Packages {

    static final Path ROOT = Path.of("src/test/resources/jp/manabiba/curriculum/unit");
    static final Path VALID = ROOT.resolve("valid");
    static final Path BROKEN = ROOT.resolve("broken");

    private Packages() {
    }

    static Unit sample() {
        return UnitLoader.load(VALID.resolve("sample-unit")).orElseThrow();
    }

    static LoadResult<Unit> broken(String kind) {
        return UnitLoader.load(BROKEN.resolve(kind));
    }
}
