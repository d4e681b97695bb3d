package jp.manabiba.research;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which reviewable fields an organisation's coordinators have reviewed for research exports, by whom and when. */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ResearchFieldReviews {

    static final String RECORD_TYPE = "research-field";

    private final FieldReviewRepository reviews;
    private final ResearchAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ResearchFieldReviews(FieldReviewRepository reviews, ResearchAccess access, CurrentUser currentUser, AuditLog audit,
                         Clock clock) {
        this.reviews = reviews;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every reviewable field, reviewed or not. */
    @Transactional(readOnly = true)
    public List<FieldReviewRow> list(long organisationId) {
        access.requireManages(organisationId);
        Map<ResearchField, FieldReviewRow> reviewed = reviews.findByOrganisationId(organisationId).stream()
                .collect(Collectors.toMap(FieldReview::field, FieldReview::row));
        return EnumSet.allOf(ResearchField.class).stream()
                .map(field -> reviewed.getOrDefault(field, new FieldReviewRow(field, false, null, null))).toList();
    }

    /** Marks a field reviewed (it goes into the next exports) or takes the review back (it stays out). */
    @Transactional
    public void mark(long organisationId, ResearchField field, boolean reviewed) {
        access.requireManages(organisationId);
        FieldReview.Key key = new FieldReview.Key(organisationId, field);
        if (reviewed == reviews.existsById(key)) {
            return;
        }
        if (reviewed) {
            AccountPrincipal user = currentUser.require();
            reviews.save(new FieldReview(organisationId, field, user.recordingAccountId(), user.username(), clock.instant()));
        } else {
            reviews.deleteById(key);
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, organisationId, ResearchAccess.SCREEN);
    }
}
