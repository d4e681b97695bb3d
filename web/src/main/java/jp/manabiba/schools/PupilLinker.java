package jp.manabiba.schools;

import java.util.Map;

import jp.manabiba.schools.roster.RosterUser;
import org.jspecify.annotations.Nullable;

/** Links one roster pupil to a child taking part, or says why not; see {@link PupilLinking}. */
public interface PupilLinker {

    /**
     * @param schoolId   the pupil's school in Manabiba, when the roster names one that was brought in
     * @param homeClass  the title of the pupil's home class (「5年2組」), when the package holds it
     * @param confirmed  the proposed matches the coordinator confirmed: pupil sourcedId to learner id
     */
    RosterPreviewRow link(RosterUser pupil, @Nullable Long schoolId, @Nullable String homeClass, Map<String, Long> confirmed);
}
