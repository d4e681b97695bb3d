package jp.manabiba.tutoring.ui;

import java.util.List;

import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SiteOption;
import jp.manabiba.people.SupporterDirectory;

/**
 * What the held-session dialog offers, one organisation at a time: a held session belongs to one organisation, so
 * its site, supporters and children are that organisation's (another's would be refused by the service), read from
 * the same people services the planning dialog uses.
 */
record HeldSessionChoices(List<OrganisationOption> organisations, Participants participants,
                          LearnerRecords learnerRecords, SupporterDirectory supporterDirectory) {

    List<SiteOption> sites(long organisationId) {
        return participants.sitesOf(List.of(organisationId));
    }

    List<SeriesChoices.Choice> children(long organisationId) {
        return learnerRecords.enrolableIn(organisationId).stream()
                .map(l -> new SeriesChoices.Choice(l.id(), l.fullName(), l.grade(), l.school(), l.homeClass())).toList();
    }

    List<SeriesChoices.Choice> supporters(long organisationId) {
        return supporterDirectory.namesIn(organisationId).entrySet().stream()
                .map(named -> SeriesChoices.Choice.named(named.getKey(), named.getValue())).toList();
    }
}
