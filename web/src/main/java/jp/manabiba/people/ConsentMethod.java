package jp.manabiba.people;

/** How consent was given or withdrawn. */
public enum ConsentMethod {
    PAPER,
    ONLINE,
    ORAL
}
