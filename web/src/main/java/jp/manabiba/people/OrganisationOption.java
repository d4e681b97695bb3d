package jp.manabiba.people;

/** An organisation to choose in a form. */
public record OrganisationOption(long id, String name) {
}
