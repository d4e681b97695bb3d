package jp.manabiba.schools;

/**
 * The children a roster's pupils are linked to, kept by the people feature, which implements this. Schools knows
 * schools, classes and teachers; who takes part, and whose household said yes, is people's. The interface lives
 * here so that people depends on schools and never the other way round.
 */
public interface PupilLinking {

    /** Whether the signed-in user manages the children of at least one organisation. */
    boolean managesPupils();

    /** The children the signed-in user manages, ready to be linked in the running transaction. */
    PupilLinker linker();
}
