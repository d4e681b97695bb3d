package jp.manabiba.people;

import java.util.List;

/** An organisation as the administrator's list shows it. */
public record OrganisationRow(long id, String name, long sites, List<String> coordinators) {
}
