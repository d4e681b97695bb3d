package jp.manabiba.people;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of the network and their sites. Their names are public knowledge; nothing here is personal. */
@Service
public class NetworkDirectory {

    private final OrganisationRepository organisations;
    private final SiteRepository sites;
    private final Clock clock;

    NetworkDirectory(OrganisationRepository organisations, SiteRepository sites, Clock clock) {
        this.organisations = organisations;
        this.sites = sites;
        this.clock = clock;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SiteRow> sites() {
        return organisations.listSites();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public long addOrganisation(String name) {
        return organisations.save(new Organisation(name, clock.instant())).id();
    }

    /** Makes an account a coordinator of an organisation: they then see its households, learners and supporters. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addCoordinator(long organisationId, long accountId) {
        organisations.findById(organisationId).orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId))
                .addCoordinator(accountId);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addSite(long organisationId, String name, SiteKind kind, @Nullable String address) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
        sites.save(new Site(organisation, name, kind, address, clock.instant()));
    }
}
