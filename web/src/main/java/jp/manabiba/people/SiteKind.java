package jp.manabiba.people;

/** What kind of ibasho a site is. */
public enum SiteKind {
    CHILDRENS_CAFETERIA,
    LEARNING_ROOM,
    COMMUNITY_HALL,
    OTHER
}
