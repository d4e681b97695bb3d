package jp.manabiba.training.ui;

import jp.manabiba.training.ModuleTitle;
import jp.manabiba.training.Requirement;

/** A module of the track being edited on screen; its requirement changes with its select until the track is saved. */
final class TrackDraftEntry {

    final long moduleId;
    final ModuleTitle title;
    Requirement requirement;

    TrackDraftEntry(long moduleId, ModuleTitle title, Requirement requirement) {
        this.moduleId = moduleId;
        this.title = title;
        this.requirement = requirement;
    }
}
