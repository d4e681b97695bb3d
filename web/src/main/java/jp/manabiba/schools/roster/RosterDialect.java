package jp.manabiba.schools.roster;

import java.util.Locale;
import java.util.Optional;

/**
 * Which Japan Profile the package's manifest declared. Both are read the same way (metadata columns are matched
 * without regard to case); the dialect is kept so that the preview can say what the school system sent.
 */
public enum RosterDialect {

    /** 1EdTech "OneRoster 1.2 CSV Binding: Japan K-12/Schools Profile" v1.0: {@code oneroster.version} = 1.2_JP. */
    JAPAN_K12_PROFILE_1_0("1.2_JP"),

    /**
     * 日本IMS協会 "OneRoster Japan Profile 国内暫定版 第2版" (and plain OneRoster 1.2, which it extends):
     * {@code oneroster.version} = 1.2.
     */
    JAPAN_PROFILE_2ND_EDITION("1.2"),

    /** The manifest is missing, unreadable or declares another version (the problems say which). */
    UNKNOWN("");

    private final String manifestVersion;

    RosterDialect(String manifestVersion) {
        this.manifestVersion = manifestVersion;
    }

    /** The value of {@code oneroster.version} that declares this dialect; empty for {@link #UNKNOWN}. */
    public String manifestVersion() {
        return manifestVersion;
    }

    /** The translation key of the dialect's name, e.g. for the preview. */
    public String messageKey() {
        return "roster.dialect." + name();
    }

    /** The dialect a manifest's {@code oneroster.version} declares; case and surrounding blanks do not matter. */
    static Optional<RosterDialect> fromManifestVersion(String value) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (RosterDialect dialect : values()) {
            if (dialect != UNKNOWN && dialect.manifestVersion.toUpperCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}
