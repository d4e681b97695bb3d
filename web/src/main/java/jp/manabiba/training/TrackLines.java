package jp.manabiba.training;

import java.math.BigDecimal;
import java.util.List;

import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/** What the administrator's modules and tracks screen shows and sends. */
public final class TrackLines {

    private TrackLines() {
    }

    public record ModuleLine(long id, String code, ModuleKind kind, ModuleTitle title, @Nullable String description,
                             BigDecimal hours, @Nullable Integer validityMonths, boolean retired) {
    }

    /** One module of a track, in order. */
    public record TrackLine(long moduleId, ModuleTitle title, Requirement requirement) {
    }

    /** A module and its requirement, as sent back to save a track; the order of the list is the track's. */
    public record TrackChoice(long moduleId, Requirement requirement) {
    }

    /**
     * The track in force for an organisation (or the network, when null) and a category.
     *
     * @param own whether it is the organisation's own track (editable there); false: the network's, shown for
     *            reference until the organisation copies it
     */
    public record TrackPlan(long trackId, @Nullable Long organisationId, SupporterCategory category, long version,
                            boolean own, List<TrackLine> lines) {
    }
}
