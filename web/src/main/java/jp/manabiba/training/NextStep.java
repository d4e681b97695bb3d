package jp.manabiba.training;

import org.jspecify.annotations.Nullable;

/**
 * What a supporter should do next, shown first on "My training": a module needed before children comes before
 * one needed to be trained, a renewal before an optional module.
 *
 * @param module the module to take, null when everything is done
 */
public record NextStep(Kind kind, @Nullable ModuleRow module) {

    public enum Kind {
        /** A needed module never done. */
        START,
        /** A needed module expired, or expiring within {@link ModuleStatus#SOON_DAYS} days. */
        RENEW,
        /** Everything needed is done; an optional module is left. */
        OPTIONAL,
        /** Nothing is left. */
        ALL_DONE
    }
}
