package jp.manabiba.curriculum.unit;

import java.util.Optional;

/** Reads a stable id field and reports one that is not of the form {@link StableId} requires. */
final class Ids {

    private Ids() {
    }

    static Optional<String> read(YamlMap map, String key) {
        var id = map.text(key, true);
        if (id.isPresent() && !StableId.isValid(id.get())) {
            map.problems().at(map.value(key, true).orElseThrow(), map.what() + ": the " + key + " '" + id.get()
                    + "' must be lowercase a-z, 0-9 and single '-' (at most " + StableId.MAX_LENGTH + " characters)");
            return Optional.empty();
        }
        return id;
    }
}
