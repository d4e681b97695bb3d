package jp.manabiba.schools.roster;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What manifest.csv declares: the OneRoster version, which tells the dialect, and for each file whether it is
 * absent, a bulk export (the whole roster) or a delta (only changes, whose references may point at rows sent
 * earlier).
 */
record Manifest(RosterDialect dialect, Map<RosterFile, String> modes) {

    static final String VERSION_PROPERTY = "oneroster.version";
    static final String BULK = "bulk";
    static final String DELTA = "delta";
    private static final List<String> MODES = List.of("absent", BULK, DELTA);

    Manifest {
        modes = Map.copyOf(modes);
    }

    /** True when the manifest declares the file as present (bulk or delta). */
    boolean declares(RosterFile file) {
        String mode = modes.get(file);
        return BULK.equals(mode) || DELTA.equals(mode);
    }

    boolean delta(RosterFile file) {
        return DELTA.equals(modes.get(file));
    }

    /** Reads the manifest; without one (already reported as missing or unreadable) nothing is declared. */
    static Manifest read(@Nullable CsvTable table, Problems problems) {
        if (table == null) {
            return new Manifest(RosterDialect.UNKNOWN, Map.of());
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = table.value(row, "propertyName");
            String value = table.value(row, "value");
            if (name != null && value != null) {
                String key = name.toLowerCase(Locale.ROOT);
                values.putIfAbsent(key, value);
                lines.putIfAbsent(key, row.line());
            }
        }
        String file = table.file();
        RosterDialect dialect = RosterDialect.UNKNOWN;
        @Nullable String version = values.get(VERSION_PROPERTY);
        if (version == null) {
            problems.add(file, 0, RosterProblem.MISSING_MANIFEST_PROPERTY, VERSION_PROPERTY);
        } else {
            dialect = RosterDialect.fromManifestVersion(version).orElse(RosterDialect.UNKNOWN);
            if (dialect == RosterDialect.UNKNOWN) {
                problems.add(file, lines.get(VERSION_PROPERTY), RosterProblem.UNSUPPORTED_VERSION, version);
            }
        }
        Map<RosterFile, String> modes = new EnumMap<>(RosterFile.class);
        for (RosterFile kind : RosterFile.values()) {
            String property = kind.manifestProperty();
            String key = property.toLowerCase(Locale.ROOT);
            @Nullable String mode = values.get(key);
            if (mode == null || kind == RosterFile.MANIFEST) {
                continue;
            }
            String normalised = mode.toLowerCase(Locale.ROOT);
            if (MODES.contains(normalised)) {
                modes.put(kind, normalised);
            } else {
                problems.add(file, lines.get(key), RosterProblem.BAD_VALUE, property, mode);
            }
        }
        return new Manifest(dialect, modes);
    }
}
