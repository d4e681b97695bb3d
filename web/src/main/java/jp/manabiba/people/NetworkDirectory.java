package jp.manabiba.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of the network and their sites. Their names are public knowledge; nothing here is personal. */
@Service
public class NetworkDirectory {

    static final String RECORD_TYPE = "organisation";

    private final OrganisationRepository organisations;
    private final SiteRepository sites;
    private final AccountAdministration accounts;
    private final AuditLog audit;
    private final Clock clock;

    NetworkDirectory(OrganisationRepository organisations, SiteRepository sites, AccountAdministration accounts,
                     AuditLog audit, Clock clock) {
        this.audit = audit;
        this.organisations = organisations;
        this.sites = sites;
        this.accounts = accounts;
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
        String checked = TextRules.line("name", name, Organisation.NAME_MAX);
        if (organisations.nameTaken(checked)) {
            throw new InvalidInput("name", "organisation.error.name-taken");
        }
        long id = organisations.save(new Organisation(checked, clock.instant())).id();
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "organisations");
        return id;
    }

    /** The organisations with their sites and coordinators, for the administrator. A few dozen: read whole. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        Map<String, Long> siteCounts = organisations.listSites().stream()
                .collect(Collectors.groupingBy(SiteRow::organisation, Collectors.counting()));
        return organisations.findAll().stream()
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .map(o -> new OrganisationRow(o.id(), o.name(), siteCounts.getOrDefault(o.name(), 0L),
                        accounts.usernamesOf(o.coordinatorAccountIds())))
                .toList();
    }

    /** Makes the account of a username a coordinator of the organisation. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addCoordinator(long organisationId, String username) {
        long accountId = accounts.idOf(username).orElseThrow(() -> new InvalidInput("username", "organisation.error.no-such-account"));
        addCoordinator(organisationId, accountId);
    }

    /** Makes an account a coordinator of an organisation: they then see its households, learners and supporters. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addCoordinator(long organisationId, long accountId) {
        if (!accounts.hasRole(accountId, Role.COORDINATOR)) {
            // the assignment would be listed but give no access: the account must hold the coordinator role
            throw new InvalidInput("username", "organisation.error.not-a-coordinator");
        }
        organisations.findById(organisationId).orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId))
                .addCoordinator(accountId);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, organisationId, "coordinators");
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addSite(long organisationId, String name, SiteKind kind, @Nullable String address) {
        String checked = TextRules.line("name", name, Site.NAME_MAX);
        String place = TextRules.optionalLine("address", address, Site.ADDRESS_MAX);
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
        if (sites.nameTaken(organisationId, checked)) {
            throw new InvalidInput("name", "site.error.name-taken");
        }
        sites.save(new Site(organisation, checked, kind, place, clock.instant()));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, organisationId, "sites");
    }
}
