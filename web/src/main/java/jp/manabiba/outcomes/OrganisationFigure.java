package jp.manabiba.outcomes;

/** One organisation's share of a network figure for the fiscal year. */
public record OrganisationFigure(long organisationId, String organisation, FigureValue value) {
}
